//! Export and import: the whole memory as a portable document, and other tools' exports read
//! into it.

use super::*;

impl MemoryClient {
    /// Every memory (expired ones included) as a MemSync export document (docs/FORMAT.md,
    /// "Export format"), and how many there are. The document is plaintext: it is the one
    /// place memories leave their encryption on purpose.
    pub async fn export(&self) -> Result<(String, usize)> {
        let local = self.inner.local.lock().await;
        let mut memories: Vec<Memory> = local.state.memories().cloned().collect();
        drop(local);
        let total = memories.len() as u64;
        self.report(Stage::Exporting, 0, Some(total));
        memories.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        let header = ExportHeader {
            exported_at: self.now(),
            owner: Some(self.inner.owner),
            chain_id: Some(self.inner.vault.chain_id()),
            vault: Some(self.inner.vault.address()),
        };
        let document = crate::import::write_export(&header, &memories)?;
        self.report(Stage::Exporting, total, Some(total));
        Ok((document, memories.len()))
    }

    /// Imports a file: a MemSync export (ids, versions and times kept), a mem0 export, text or
    /// Markdown notes (one memory per line or item), or ChatGPT's `conversations.json` (each
    /// conversation through the extractor). Importing the same file twice adds nothing.
    ///
    /// # Errors
    ///
    /// [`Error::Import`] if the file is not in the format (or none is recognised), or, unless
    /// `options.skip_invalid`, if any item is invalid (each reported with its line).
    pub async fn import(&self, bytes: &[u8], options: &ImportOptions) -> Result<ImportReport> {
        let now = self.now();
        let format = match options.format {
            Some(format) => format,
            None => crate::import::detect(bytes, options.file_name.as_deref())?,
        };
        self.report(Stage::Importing, 0, None);
        let mut parsed = crate::import::parse_at(format, bytes, now)?;
        if !options.skip_invalid {
            parsed = parsed.into_strict()?;
        }
        let total = parsed.items.len() as u64;
        // Conversations go through the extractor first (it may be a model, and async).
        let mut memories = Vec::new();
        let mut conversations = Vec::new();
        for (done, item) in parsed.items.into_iter().enumerate() {
            match item {
                ImportItem::Memory(memory) => memories.push(memory),
                ImportItem::Conversation(conversation) => {
                    let source = Source {
                        app: Some(format!("{format}-import")),
                        agent_id: None,
                        thread_id: Some(conversation.id.clone()),
                    };
                    let started = conversation.created_at.unwrap_or(now);
                    for (messages, said_at) in sittings(&conversation.messages, started, now) {
                        let context = ExtractContext { now: said_at };
                        let candidates = self.inner.extractor.extract(messages, &context).await?;
                        conversations.push((candidates, source.clone(), said_at));
                    }
                }
            }
            self.report(Stage::Importing, done as u64 + 1, Some(total));
        }
        let applied = self
            .write_checked(
                |state| {
                    let mut plan = Plan::new(state, None).analyses(&self.inner.analyses);
                    for memory in &memories {
                        plan.import(memory);
                    }
                    for (candidates, source, said_at) in &conversations {
                        plan.reconcile(candidates.clone(), source, *said_at);
                    }
                    Ok(plan.finish())
                },
                true,
            )
            .await?;
        let count = |action: AppliedAction| applied.iter().filter(|a| a.action == action).count();
        Ok(ImportReport {
            format,
            added: count(AppliedAction::Added),
            updated: count(AppliedAction::Updated),
            deleted: count(AppliedAction::Deleted),
            unchanged: count(AppliedAction::Unchanged),
            superseded: count(AppliedAction::Superseded),
            problems: parsed.problems,
            notes: parsed.notes,
        })
    }

    // ---------------------------------------------------------------------------------------
    // Syncing
    // ---------------------------------------------------------------------------------------
}
