//! The memory commands: add, search, list, show, edit, forget, history, profile, export, import,
//! sync.

use std::collections::BTreeSet;
use std::io::Read as _;
use std::path::PathBuf;

use alloy::primitives::Address;
use anyhow::Context as _;
use jiff::Timestamp;
use memsync::extract::Message;
use memsync::import::{ImportError, ImportFormat};
use memsync::memory::{
    Applied, AppliedAction, Category, Filter, ImportOptions, MemoryId, MemoryKind, MemoryUpdate,
    NewMemory, Search, SyncReport,
};

use crate::GlobalArgs;
use crate::exit::Failure;
use crate::freshness;
use crate::output::{self, Output};
use crate::session::{Access, Session};
use crate::tee;

/// Filters shared by `search` and `list`.
#[derive(Debug, Default, clap::Args)]
pub(crate) struct FilterArgs {
    /// Only this kind.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<MemoryKind>,
    /// Only memories in this category (repeat for any of several).
    #[arg(long = "category", value_parser = parse_category)]
    categories: Vec<Category>,
    /// Only memories with this tag (repeat: all of them).
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// Only memories from this app.
    #[arg(long)]
    app: Option<String>,
    /// Only memories from this agent.
    #[arg(long)]
    agent: Option<String>,
    /// Only memories from this thread or conversation.
    #[arg(long)]
    thread: Option<String>,
    /// Only memories created at or after this time (RFC 3339, a date, or a span back like 7d).
    #[arg(long, value_parser = parse_past)]
    since: Option<Timestamp>,
    /// Only memories created before this time (RFC 3339, a date, or a span back like 7d).
    #[arg(long, value_parser = parse_past)]
    until: Option<Timestamp>,
    /// Include episodic memories whose expiry has passed.
    #[arg(long)]
    include_expired: bool,
}

impl FilterArgs {
    fn filter(&self) -> Filter {
        Filter {
            kinds: self.kind.into_iter().collect(),
            categories: self.categories.iter().copied().collect(),
            tags: self.tags.iter().cloned().collect(),
            app: self.app.clone(),
            agent_id: self.agent.clone(),
            thread_id: self.thread.clone(),
            created_after: self.since,
            created_before: self.until,
            updated_after: None,
            include_expired: self.include_expired,
            scope: None,
        }
    }
}

#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    /// What to remember (or read a conversation with --messages).
    #[arg(required_unless_present = "messages")]
    text: Option<String>,
    /// A conversation to extract memories from: a JSON array of {"role", "content"} messages
    /// (`-` for stdin).
    #[arg(long, conflicts_with = "text", value_name = "FILE")]
    messages: Option<PathBuf>,
    /// Its kind (default: semantic, or episodic with --expires).
    #[arg(long, value_parser = parse_kind)]
    kind: Option<MemoryKind>,
    /// A category (repeatable).
    #[arg(long = "category", value_parser = parse_category)]
    categories: Vec<Category>,
    /// A tag (repeatable).
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// When it stops being relevant (RFC 3339, a date, or a span ahead like 2w).
    #[arg(long, value_parser = parse_future)]
    expires: Option<Timestamp>,
    /// With --messages: send the conversation, sealed, to an attested TEE node that extracts and
    /// writes the memories as your delegate (NODE, else the network's `tee_node`, else the first
    /// active node whose attestation verifies).
    #[arg(long, value_name = "NODE", num_args = 0..=1, requires = "messages", conflicts_with = "text")]
    via_tee: Option<Option<Address>>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct SearchArgs {
    /// What to look for.
    query: String,
    /// How many results at most.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    #[command(flatten)]
    filter: FilterArgs,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ListArgs {
    /// Skip this many.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Show at most this many.
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[command(flatten)]
    filter: FilterArgs,
}

#[derive(Debug, clap::Args)]
pub(crate) struct IdArgs {
    /// The memory's id (32 hex digits, as `list` and `search` show; a unique prefix is enough).
    id: String,
}

#[derive(Debug, clap::Args)]
pub(crate) struct EditArgs {
    /// The memory's id (or a unique prefix).
    id: String,
    /// New text.
    #[arg(long)]
    text: Option<String>,
    /// A new kind.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<MemoryKind>,
    /// New categories (repeatable; replaces the old ones).
    #[arg(long = "category", value_parser = parse_category)]
    categories: Vec<Category>,
    /// New tags (repeatable; replaces the old ones).
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// A new expiry (RFC 3339, a date, or a span ahead like 2w).
    #[arg(long, value_parser = parse_future, conflicts_with = "no_expiry")]
    expires: Option<Timestamp>,
    /// Remove the expiry.
    #[arg(long)]
    no_expiry: bool,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ExportArgs {
    /// Write to this file (default: standard output).
    #[arg(long, short)]
    output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct SyncArgs {
    /// Forget the local cache and fetch and verify the whole log from the chain again (nothing
    /// is lost: the chain holds every memory; this device's unsent transactions are kept).
    #[arg(long)]
    rebuild: bool,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ImportArgs {
    /// The file (`-` for stdin): a ChatGPT or Claude data export may be given as its zip or its
    /// unzipped folder, whose conversations.json is read.
    file: PathBuf,
    /// Its format: memsync, mem0, text, markdown, chatgpt, claude (default: detected).
    #[arg(long, value_parser = parse_format)]
    format: Option<ImportFormat>,
    /// Import what is valid in a half-corrupt file and report the rest (default: refuse the
    /// whole file when any item is invalid).
    #[arg(long)]
    skip_invalid: bool,
}

pub(crate) async fn add(global: &GlobalArgs, args: AddArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Write).await?;
    if let Some(path) = args.messages {
        let bytes = read_input(&path)?;
        let messages: Vec<Message> = serde_json::from_slice(&bytes).map_err(|err| {
            Failure::InvalidInput.wrap(anyhow::anyhow!(
                "{} is not a JSON array of {{\"role\", \"content\"}} messages: {err}",
                path.display()
            ))
        })?;
        if let Some(node) = args.via_tee {
            return tee::add_messages(global, &session, node, &messages).await;
        }
        let report = session.client.add_messages(&messages, None).await?;
        let text = report
            .iter()
            .map(|applied| {
                format!("{:<9} {}", applied.action.as_str(), output::safe(&applied.text))
            })
            .collect::<Vec<_>>()
            .join("\n");
        let json = crate::applied::applied_json(&session, &report).await?;
        out.done(&json, if text.is_empty() { "nothing new to remember" } else { &text });
        return Ok(());
    }
    let text = args.text.unwrap_or_default();
    let mut new = NewMemory::new(text).categories(args.categories).tags(args.tags);
    if let Some(kind) = args.kind {
        new = new.kind(kind);
    }
    if let Some(at) = args.expires {
        new = new.expires_at(at);
    }
    let memory = session.client.add(new).await?;
    let applied = Applied {
        action: AppliedAction::Added,
        id: Some(memory.id),
        text: memory.text.clone(),
        version: Some(memory.version),
    };
    let json = crate::applied::applied_json(&session, &[applied]).await?;
    out.done(&json, &format!("added {}", output::memory(&memory)));
    Ok(())
}

pub(crate) async fn search(global: &GlobalArgs, args: SearchArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Read).await?;
    let hits = session
        .client
        .search(&Search::new(&args.query).filter(args.filter.filter()).limit(args.limit))
        .await?;
    let text = if hits.is_empty() {
        "no memories match".to_owned()
    } else {
        hits.iter()
            .map(|hit| format!("{:>6.3}  {}", hit.score, output::memory_line(&hit.memory)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    out.done(&hits, &text);
    Ok(())
}

pub(crate) async fn list(global: &GlobalArgs, args: ListArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Read).await?;
    let page = session.client.list(&args.filter.filter(), args.offset, args.limit).await?;
    let mut text: Vec<String> = page.memories.iter().map(output::memory_line).collect();
    text.push(match page.next {
        Some(next) => {
            format!("({} of {}; --offset {next} for more)", page.memories.len(), page.total)
        }
        None if page.total == 1 => "(1 memory)".to_owned(),
        None => format!("({} memories)", page.total),
    });
    let page = freshness::json_with_freshness(&page, &session.freshness)?;
    out.done(&page, &text.join("\n"));
    Ok(())
}

pub(crate) async fn show(global: &GlobalArgs, args: IdArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Read).await?;
    let id = resolve(&session, &args.id).await?;
    let memory = session.client.get(id).await?;
    let text = output::memory(&memory);
    out.done(&freshness::json_with_freshness(&memory, &session.freshness)?, &text);
    Ok(())
}

pub(crate) async fn edit(global: &GlobalArgs, args: EditArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Write).await?;
    let id = resolve(&session, &args.id).await?;
    let mut change = MemoryUpdate::new();
    if let Some(text) = args.text {
        change = change.text(text);
    }
    if let Some(kind) = args.kind {
        change = change.kind(kind);
    }
    if !args.categories.is_empty() {
        change = change.categories(args.categories);
    }
    if !args.tags.is_empty() {
        change = change.tags(args.tags);
    }
    if let Some(at) = args.expires {
        change = change.expires_at(Some(at));
    } else if args.no_expiry {
        change = change.expires_at(None);
    }
    let memory = session.client.update(id, change).await?;
    out.done(&memory, &format!("now {}", output::memory(&memory)));
    Ok(())
}

pub(crate) async fn forget(global: &GlobalArgs, args: IdArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Write).await?;
    let id = resolve(&session, &args.id).await?;
    session.client.delete(id).await?;
    out.done(
        &serde_json::json!({ "deleted": id }),
        &format!("forgot {id} (its earlier versions stay in the log: `memsync history {id}`)"),
    );
    Ok(())
}

pub(crate) async fn history(global: &GlobalArgs, args: IdArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Read).await?;
    let id = resolve(&session, &args.id).await?;
    let versions = session.client.history(id).await?;
    out.done(&versions, &output::history(&versions, session.client.owner()));
    Ok(())
}

pub(crate) async fn profile(global: &GlobalArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Read).await?;
    let profile = session.client.profile().await?;
    let mut text = vec![if profile.bio.is_empty() {
        "(no lasting memories yet)".to_owned()
    } else {
        output::safe(&profile.bio).into_owned()
    }];
    for (category, summary) in &profile.categories {
        text.push(format!("\n{category} ({})", summary.count));
        text.extend(summary.highlights.iter().map(|h| format!("  - {}", output::safe(&h.text))));
    }
    let profile = freshness::json_with_freshness(&profile, &session.freshness)?;
    out.done(&profile, &text.join("\n"));
    Ok(())
}

pub(crate) async fn export(global: &GlobalArgs, args: ExportArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Read).await?;
    let (document, count) = session.client.export().await?;
    match &args.output {
        Some(path) => {
            write_private(path, document.as_bytes())?;
            out.done(
                &serde_json::json!({
                    "exported": count,
                    "file": path,
                    "freshness": freshness::to_json(&session.freshness),
                }),
                &format!(
                    "exported {count} memories to {} (plaintext: keep it private)",
                    path.display()
                ),
            );
        }
        None => output::print_out(&document, false),
    }
    Ok(())
}

pub(crate) async fn import(global: &GlobalArgs, args: ImportArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let (bytes, file_name) = read_import(&args.file)?;
    let session = Session::open(global, Access::Write).await?;
    let options = ImportOptions { format: args.format, file_name, skip_invalid: args.skip_invalid };
    let report = session.client.import(&bytes, &options).await.map_err(|err| {
        // The SDK's advice, in the command line's terms.
        let hint = match &err {
            memsync::Error::Import(ImportError::Problems { .. }) => "with `--skip-invalid`",
            memsync::Error::Import(ImportError::UnknownFormat { .. }) => {
                "pass it with `--format NAME`"
            }
            _ => return anyhow::Error::new(err),
        };
        Failure::InvalidInput.wrap(anyhow::anyhow!("{err} ({hint})"))
    })?;
    let mut text = vec![format!(
        "imported {} ({}): {} added, {} updated, {} deleted, {} already known{}",
        args.file.display(),
        report.format,
        report.added,
        report.updated,
        report.deleted,
        report.unchanged,
        match report.superseded {
            0 => String::new(),
            n => format!(", {n} older than what the memory says now (kept the newer)"),
        }
    )];
    if !report.problems.is_empty() {
        text.push(format!("skipped {} item(s) that cannot be imported:", report.problems.len()));
    }
    text.extend(report.problems.iter().map(|p| format!("skipped {p}")));
    text.extend(report.notes.iter().map(|p| format!("note: {p}")));
    out.done(&report, &text.join("\n"));
    Ok(())
}

pub(crate) async fn sync(global: &GlobalArgs, args: SyncArgs) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let session = Session::open(global, Access::Sync).await?;
    let opened = session.client.open_report().await;
    let report =
        if args.rebuild { session.client.rebuild().await? } else { session.client.sync().await? };
    let checkpoint = session.client.checkpoint().await;
    // As `list` counts them: the expired episodic memories it hides are counted apart.
    let all = session.client.len().await;
    let memories = session.client.list(&Filter::default(), 0, 0).await?.total;
    let expired = all.saturating_sub(memories);
    let counted = match expired {
        0 => format!("{memories} memories"),
        n => format!("{memories} memories, and {n} expired (`list --include-expired` shows them)"),
    };
    // What the open and the sync did, as one report (a rebuild starts from nothing).
    let done = SyncReport {
        from_cache: if args.rebuild { 0 } else { opened.from_cache },
        from_chain: if args.rebuild {
            report.from_chain
        } else {
            opened.from_chain + report.from_chain
        },
        cache_rebuilt: if args.rebuild {
            opened.cache_rebuilt
        } else {
            opened.cache_rebuilt.or(report.cache_rebuilt)
        },
        rolled_back: opened.rolled_back.or(report.rolled_back),
        resumed: opened.resumed + report.resumed,
        resent: opened.resent.into_iter().chain(report.resent).collect(),
        lost_writes: opened.lost_writes.into_iter().chain(report.lost_writes).collect(),
        unreadable: report.unreadable,
        ..SyncReport::default()
    };
    let (cached, fetched) = (done.from_cache, done.from_chain);
    let mut text = vec![if args.rebuild {
        format!(
            "network `{}`: rebuilt the local cache from the chain: {fetched} entries fetched and \
             verified to operation {} (block {}); {counted}",
            session.network, checkpoint.seq, checkpoint.block
        )
    } else {
        format!(
            "network `{}`: verified to operation {} (block {}): {cached} entries from the local \
             cache, {fetched} new from the chain; {counted}",
            session.network, checkpoint.seq, checkpoint.block
        )
    }];
    if done.resumed > 0 {
        text.push(format!(
            "went on from an interrupted sync ({} entries were already fetched)",
            done.resumed
        ));
    }
    text.extend(freshness::notices(&done).iter().map(freshness::Notice::line));
    for (record, reason) in &done.unreadable {
        text.push(format!("record {record} could not be opened: {reason}"));
    }
    text.push(format!("cache: {}", session.cache.display()));
    out.done(
        &serde_json::json!({
            "network": session.network,
            "seq": checkpoint.seq,
            "block": checkpoint.block,
            "head": checkpoint.head,
            "from_cache": cached,
            "from_chain": fetched,
            "memories": memories,
            "expired": expired,
            "unreadable": done.unreadable.len(),
            "cache_rebuilt": done.cache_rebuilt,
            "rebuilt": args.rebuild,
            "rolled_back": done.rolled_back,
            "resumed": done.resumed,
            "resent": done.resent,
            "lost_writes": done.lost_writes,
            "freshness": freshness::to_json(&session.client.freshness().await),
        }),
        &text.join("\n"),
    );
    Ok(())
}

/// The memory a full id or a unique prefix of one names.
async fn resolve(session: &Session, text: &str) -> anyhow::Result<MemoryId> {
    if let Ok(id) = text.parse::<MemoryId>() {
        return Ok(id);
    }
    let prefix = text.to_ascii_lowercase();
    if prefix.len() < 4 || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Failure::InvalidInput.wrap(anyhow::anyhow!(
            "`{text}` is not a memory id: give the 32 hex digits, or at least 4 of them"
        )));
    }
    // Deleted memories too: `history` of a forgotten memory takes a prefix like any other.
    let matches: BTreeSet<MemoryId> = session
        .client
        .memory_ids(true)
        .await
        .into_iter()
        .filter(|id| id.to_string().starts_with(&prefix))
        .collect();
    match matches.len() {
        1 => Ok(*matches.first().unwrap_or_else(|| unreachable!("one match"))),
        0 => Err(Failure::NotFound.wrap(anyhow::anyhow!("no memory id starts with `{text}`"))),
        n => Err(Failure::InvalidInput
            .wrap(anyhow::anyhow!("{n} memory ids start with `{text}`: give more digits"))),
    }
}

/// The bytes to import from `path`, and the file name that helps tell their format: a file as it
/// is, except a zip archive (a ChatGPT or Claude data export as mailed) or a folder (one
/// unzipped), whose `conversations.json` is read.
fn read_import(path: &std::path::Path) -> anyhow::Result<(Vec<u8>, Option<String>)> {
    let name = |path: &std::path::Path| path.file_name().map(|n| n.to_string_lossy().into_owned());
    if path.is_dir() {
        let file = path.join(CONVERSATIONS);
        if !file.is_file() {
            return Err(Failure::InvalidInput.wrap(anyhow::anyhow!(
                "the folder {} has no {CONVERSATIONS}: give a file to import, or the folder of \
                 an unzipped ChatGPT or Claude data export",
                path.display()
            )));
        }
        return Ok((read_input(&file)?, name(&file)));
    }
    let bytes = read_input(path)?;
    if !bytes.starts_with(ZIP_MAGIC) {
        return Ok((bytes, name(path)));
    }
    let conversations = conversations_from_zip(&bytes).map_err(|err| {
        Failure::InvalidInput
            .wrap(err.context(format!("reading the zip archive {}", path.display())))
    })?;
    Ok((conversations, Some(CONVERSATIONS.to_owned())))
}

/// The file of a ChatGPT or Claude data export that holds the conversations.
const CONVERSATIONS: &str = "conversations.json";
/// How a zip archive starts (a local file header).
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The largest `conversations.json` read from an archive (years of chats are tens of MB; a zip
/// bomb would be far more).
const MAX_CONVERSATIONS_BYTES: u64 = 2 << 30;

/// `conversations.json` from a data export's zip archive: the one nearest the archive's root.
fn conversations_from_zip(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .context("it is damaged, or not a zip archive")?;
    let entry = archive
        .file_names()
        .filter_map(|name| name.ok().map(std::borrow::Cow::into_owned))
        .filter(|name| {
            name.rsplit('/').next().is_some_and(|last| last.eq_ignore_ascii_case(CONVERSATIONS))
        })
        .min_by_key(|name| (name.matches('/').count(), name.len()));
    let Some(entry) = entry else {
        anyhow::bail!(
            "it holds no {CONVERSATIONS}: MemSync reads ChatGPT's and Claude's data exports from \
             a zip; unzip other archives and import their files"
        );
    };
    let mut file = archive.by_name(&entry).with_context(|| format!("opening {entry}"))?;
    if file.size() > MAX_CONVERSATIONS_BYTES {
        anyhow::bail!("its {entry} is {} bytes, more than MemSync imports at once", file.size());
    }
    let mut out = Vec::with_capacity(usize::try_from(file.size()).unwrap_or(0));
    (&mut file)
        .take(MAX_CONVERSATIONS_BYTES + 1)
        .read_to_end(&mut out)
        .with_context(|| format!("unpacking {entry}"))?;
    Ok(out)
}

fn read_input(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("reading standard input")?;
        return Ok(bytes);
    }
    std::fs::read(path).map_err(|err| {
        Failure::InvalidInput.wrap(anyhow::anyhow!("cannot read {}: {err}", path.display()))
    })
}

/// Writes `bytes` to `path`, readable by the user only (an export is plaintext).
/// Writes `bytes` (a plaintext export) to `path`, readable by this user only (0600 on Unix)
/// whatever the file there was: a new file in the same folder, renamed over `path`, so an
/// existing file's mode is not kept and no reader sees half an export.
fn write_private(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write as _;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => std::path::Path::new("."),
    };
    let context = || format!("writing {}", path.display());
    // `tempfile` creates the file with mode 0600.
    let mut file = tempfile::NamedTempFile::new_in(folder).with_context(context)?;
    file.write_all(bytes).and_then(|()| file.as_file().sync_all()).with_context(context)?;
    file.persist(path).map_err(|e| e.error).with_context(context)?;
    Ok(())
}

fn parse_kind(text: &str) -> Result<MemoryKind, String> {
    text.parse().map_err(|e: memsync::memory::UnknownName| e.to_string())
}

fn parse_category(text: &str) -> Result<Category, String> {
    text.parse().map_err(|e: memsync::memory::UnknownName| e.to_string())
}

fn parse_format(text: &str) -> Result<ImportFormat, String> {
    text.parse().map_err(|e: memsync::memory::UnknownName| e.to_string())
}

/// A time: RFC 3339, a date (midnight UTC), or a span (`7d`, `2w`, `1 month`) from now, back
/// (`past`) or ahead.
fn parse_time(text: &str, past: bool) -> Result<Timestamp, String> {
    if let Ok(at) = text.parse::<Timestamp>() {
        return Ok(at);
    }
    if let Ok(date) = text.parse::<jiff::civil::Date>() {
        return date
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp())
            .map_err(|e| e.to_string());
    }
    let span: jiff::Span = text.parse().map_err(|_| {
        format!("`{text}` is not a time: use RFC 3339 (2026-12-01T09:00:00Z), a date (2026-12-01) or a span (7d, 2w)")
    })?;
    let now = Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC);
    let span = if past { span.negate() } else { span };
    now.checked_add(span).map(|z| z.timestamp()).map_err(|e| e.to_string())
}

fn parse_past(text: &str) -> Result<Timestamp, String> {
    parse_time(text, true)
}

fn parse_future(text: &str) -> Result<Timestamp, String> {
    parse_time(text, false)
}
