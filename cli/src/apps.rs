//! `memsync apps`: what each app (an MCP client) may see and write, kept in the config file's
//! `[apps]` table (docs/APPS.md).

use memsync::memory::{AppScope, Category, MemoryKind};
use serde_json::json;

use crate::GlobalArgs;
use crate::config::{Config, Paths};
use crate::exit::Failure;
use crate::output::Output;

/// The `[apps]` entry for every app that has none of its own.
pub(crate) const DEFAULT_APP: &str = "*";

#[derive(Debug, clap::Subcommand)]
pub(crate) enum AppsCommand {
    /// Show every app's scope (and the default for apps not listed).
    List,
    /// Set what an app may see and write (replacing what it had).
    Set(SetArgs),
    /// Remove an app's entry (it falls back to the default).
    Remove {
        /// The app's name (`*`: the default for apps not listed).
        name: String,
    },
}

#[derive(Debug, clap::Args)]
pub(crate) struct SetArgs {
    /// The app's name, as its MCP client reports it or as passed with `memsync mcp --app`
    /// (matched without regard to case); `*` sets the default for apps not listed.
    name: String,
    /// A category it may see and write (repeatable; default: every category but private).
    #[arg(long = "category", value_parser = parse_category)]
    categories: Vec<Category>,
    /// A kind it may see and write (repeatable; default: both).
    #[arg(long = "kind", value_parser = parse_kind)]
    kinds: Vec<MemoryKind>,
    /// It may read but not add, change or delete.
    #[arg(long)]
    read_only: bool,
    /// It may see and write `private` memories (hidden from every app unless allowed).
    #[arg(long)]
    allow_private: bool,
}

/// The scope of app `name` in `config`: its own entry (names match without regard to case),
/// else the `*` entry, else the default (every category but `private`, read and write); and the
/// entry that applied.
pub(crate) fn scope_for(config: &Config, name: &str) -> anyhow::Result<(AppScope, String)> {
    let mut own = config
        .apps
        .iter()
        .filter(|(key, _)| key.as_str() != DEFAULT_APP && key.eq_ignore_ascii_case(name));
    let first = own.next();
    if let (Some((a, _)), Some((b, _))) = (first, own.next()) {
        return Err(Failure::Config.wrap(anyhow::anyhow!(
            "the config has two entries for app `{name}` ([apps.\"{a}\"] and [apps.\"{b}\"]; \
             names match without regard to case): keep one"
        )));
    }
    let entry = first.or_else(|| config.apps.get_key_value(DEFAULT_APP));
    let Some((key, scope)) = entry else {
        return Ok((AppScope::default(), "(built-in default)".to_owned()));
    };
    scope.validate().map_err(|err| {
        Failure::Config.wrap(anyhow::anyhow!("the config's [apps.\"{key}\"] entry: {err}"))
    })?;
    Ok((scope.clone(), format!("[apps.\"{key}\"]")))
}

/// One line saying what `scope` allows.
pub(crate) fn describe(scope: &AppScope) -> String {
    let categories = match &scope.categories {
        Some(list) if list.is_empty() => "no category".to_owned(),
        Some(list) => list.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", "),
        None => "every category".to_owned(),
    };
    let private = if scope.allow_private { " and private" } else { " but private" };
    let kinds = match &scope.kinds {
        Some(list) => list.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", "),
        None => "semantic, episodic".to_owned(),
    };
    let access = if scope.read_only { "read only" } else { "read and write" };
    format!("{categories}{private}; {kinds}; {access}")
}

pub(crate) async fn run(global: &GlobalArgs, command: AppsCommand) -> anyhow::Result<()> {
    let out = Output::new(global.json);
    let paths = Paths::resolve(global.config.clone(), global.data_dir.clone())?;
    let mut config = Config::load(&paths.config)?;
    match command {
        AppsCommand::List => {
            let mut text: Vec<String> = config
                .apps
                .iter()
                .map(|(name, scope)| format!("{name:<24} {}", describe(scope)))
                .collect();
            if !config.apps.contains_key(DEFAULT_APP) {
                text.push(format!(
                    "{:<24} {} (built-in default for apps not listed)",
                    DEFAULT_APP,
                    describe(&AppScope::default())
                ));
            }
            out.done(&json!({ "apps": config.apps }), &text.join("\n"));
        }
        AppsCommand::Set(args) => {
            if args.name.trim().is_empty() {
                return Err(Failure::InvalidInput.wrap(anyhow::anyhow!("the app name is empty")));
            }
            if args.categories.contains(&Category::Private) {
                return Err(Failure::InvalidInput.wrap(anyhow::anyhow!(
                    "`private` is not allowed with --category: use --allow-private"
                )));
            }
            let scope = AppScope {
                categories: (!args.categories.is_empty())
                    .then(|| args.categories.iter().copied().collect()),
                kinds: (!args.kinds.is_empty()).then(|| args.kinds.iter().copied().collect()),
                read_only: args.read_only,
                allow_private: args.allow_private,
            };
            // One entry per app, whatever case it was written in before.
            config.apps.retain(|key, _| !key.eq_ignore_ascii_case(&args.name));
            config.apps.insert(args.name.clone(), scope.clone());
            config.save(&paths.config)?;
            out.done(
                &json!({ "app": args.name, "scope": scope }),
                &format!("{}: {}", args.name, describe(&scope)),
            );
        }
        AppsCommand::Remove { name } => {
            let stored: Vec<String> =
                config.apps.keys().filter(|key| key.eq_ignore_ascii_case(&name)).cloned().collect();
            if stored.is_empty() {
                return Err(Failure::NotFound
                    .wrap(anyhow::anyhow!("no app `{name}` in {}", paths.config.display())));
            }
            config.apps.retain(|key, _| !stored.contains(key));
            config.save(&paths.config)?;
            out.done(&json!({ "removed": stored }), &format!("removed {}", stored.join(", ")));
        }
    }
    Ok(())
}

fn parse_kind(text: &str) -> Result<MemoryKind, String> {
    text.parse().map_err(|e: memsync::memory::UnknownName| e.to_string())
}

fn parse_category(text: &str) -> Result<Category, String> {
    text.parse().map_err(|e: memsync::memory::UnknownName| e.to_string())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn config(toml: &str) -> Config {
        toml::from_str(toml).unwrap()
    }

    #[test]
    fn an_app_gets_its_own_entry_then_the_default_then_the_built_in_one() {
        let with_default = config(
            r#"
            [apps."Claude-AI"]
            categories = ["career"]
            read_only = true

            [apps."*"]
            kinds = ["semantic"]
            "#,
        );
        let (scope, entry) = scope_for(&with_default, "claude-ai").unwrap();
        assert_eq!(entry, "[apps.\"Claude-AI\"]", "names match without regard to case");
        assert_eq!(scope.categories, Some([Category::Career].into()));
        assert!(scope.read_only && !scope.allow_private);
        let (scope, entry) = scope_for(&with_default, "cursor").unwrap();
        assert_eq!(entry, "[apps.\"*\"]");
        assert_eq!(scope.kinds, Some([MemoryKind::Semantic].into()));
        let (scope, _) = scope_for(&Config::default(), "cursor").unwrap();
        assert_eq!(scope, AppScope::default());
        assert_eq!(
            describe(&scope),
            "every category but private; semantic, episodic; read and write"
        );
    }

    #[test]
    fn ambiguous_or_invalid_entries_are_refused() {
        let twice = config("[apps.cursor]\nread_only = true\n[apps.Cursor]\n");
        let err = scope_for(&twice, "CURSOR").unwrap_err();
        assert!(format!("{err:#}").contains("two entries"), "{err:#}");
        let private = config("[apps.cursor]\ncategories = [\"private\"]\n");
        let err = scope_for(&private, "cursor").unwrap_err();
        assert!(format!("{err:#}").contains("allow_private"), "{err:#}");
        assert!(toml::from_str::<Config>("[apps.cursor]\nreadonly = true\n").is_err());
    }
}
