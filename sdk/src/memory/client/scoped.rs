//! [`Scoped`]: the memory client as one app scope sees it (or, with no scope, as the owner does).

use super::*;

/// A [`MemoryClient`] seen through an optional [`AppScope`]: reads see only what the scope may
/// see (anything else is not found, exactly as if it did not exist), and writes are refused
/// unless the scope may make them. With no scope it is the owner's own view, the one
/// [`MemoryClient`]'s methods use. [`AppView`](crate::memory::AppView) holds one app's scope for
/// good; this handle borrows one for a call or two (a TEE node serving a request whose scope
/// arrived with it).
#[derive(Clone, Copy, Debug)]
pub struct Scoped<'a> {
    client: &'a MemoryClient,
    scope: Option<&'a AppScope>,
}

impl MemoryClient {
    /// This client as `scope` sees it (`None`: as the owner does).
    pub fn scoped<'a>(&'a self, scope: Option<&'a AppScope>) -> Scoped<'a> {
        Scoped { client: self, scope }
    }
}

impl Scoped<'_> {
    /// The scope this handle applies, if any.
    pub fn scope(&self) -> Option<&AppScope> {
        self.scope
    }

    /// The memory `id` if the scope may see it: one it may not see is not found, exactly as one
    /// that does not exist.
    pub async fn get(&self, id: MemoryId) -> Result<Memory> {
        let scope = self.scope;
        let local = self.client.inner.local.lock().await;
        local
            .state
            .memory(&id)
            .filter(|m| scope.is_none_or(|scope| scope.can_see(m)))
            .cloned()
            .ok_or(Error::MemoryNotFound { id })
    }

    /// The profile of the memories the scope may see.
    pub async fn profile(&self) -> Result<crate::memory::Profile> {
        let scope = self.scope;
        let now = self.client.now();
        let local = self.client.inner.local.lock().await;
        let live = local
            .state
            .memories()
            .filter(|m| !m.is_expired_at(now) && scope.is_none_or(|scope| scope.can_see(m)));
        Ok(crate::memory::Profile::from_memories(live))
    }

    /// [`MemoryClient::add`], refused unless the scope may write the memory as classified.
    pub async fn add(&self, new: NewMemory) -> Result<Memory> {
        let scope = self.scope;
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        let now = self.client.now();
        let text = new.text.trim().to_owned();
        crate::memory::validate_text(&text)?;
        let (mut kind, mut expires_at, mut categories) = (new.kind, new.expires_at, new.categories);
        if kind.is_none() && expires_at.is_none() && categories.is_empty() {
            let context = ExtractContext { now };
            let read =
                self.client.inner.extractor.extract(&[Message::user(text.clone())], &context).await;
            // A text the extractor reads as one statement takes its kind and expiry; a text of
            // several statements takes the categories of all of them.
            match read.as_deref() {
                Ok([candidate]) => {
                    (kind, expires_at) = (Some(candidate.kind), candidate.expires_at);
                    categories = candidate.categories.clone();
                }
                Ok(candidates) => {
                    categories =
                        candidates.iter().flat_map(|c| c.categories.iter().copied()).collect();
                }
                Err(err) => {
                    tracing::warn!(%err, "could not classify the memory; adding it as given")
                }
            }
        }
        let kind = kind.unwrap_or(if expires_at.is_some() {
            MemoryKind::Episodic
        } else {
            MemoryKind::Semantic
        });
        let memory = Memory {
            id: MemoryId::random(),
            text,
            kind,
            expires_at: if kind == MemoryKind::Episodic { expires_at } else { None },
            categories,
            tags: new.tags,
            source: new.source.unwrap_or_else(|| self.client.inner.source.clone()),
            created_at: now,
            updated_at: now,
            confidence: new.confidence,
            version: 1,
        };
        memory.validate()?;
        if let Some(scope) = scope {
            scope.check_add(&memory)?;
        }
        let id = memory.id;
        self.client.write(move |_| Ok((vec![Write::Put(memory.clone())], ()))).await?;
        self.client.get(id).await
    }

    /// [`MemoryClient::add_messages`] within the scope: the conversation is reconciled only
    /// with the memories the scope can see, and facts outside it are reported as
    /// [`AppliedAction::OutOfScope`] and not written. Through a TEE node, the node applies the
    /// scope (it is part of the signed request).
    pub async fn add_messages(
        &self,
        messages: &[Message],
        source: Option<Source>,
    ) -> Result<Vec<Applied>> {
        let scope = self.scope;
        if let Some(route) = &self.client.inner.tee {
            // The TEE client checks the scope before it sends anything.
            let node = route.client.pick().await?;
            let source = source.unwrap_or_else(|| self.client.inner.source.clone());
            let update = route
                .client
                .add_messages_scoped(
                    self.client,
                    &*route.owner,
                    &node,
                    messages,
                    Some(source),
                    scope,
                )
                .await?;
            return Ok(update.applied);
        }
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        let now = self.client.now();
        let source = source.unwrap_or_else(|| self.client.inner.source.clone());
        // When it was said: each sitting of the conversation is dated by its latest message's
        // time where the messages carry one (never later than now), else now.
        let mut conversations = Vec::new();
        for (messages, said_at) in sittings(messages, now, now) {
            let context = ExtractContext { now: said_at };
            let candidates = self.client.inner.extractor.extract(messages, &context).await?;
            conversations.push((candidates, source.clone(), said_at));
        }
        let applied = self
            .client
            .write(|state| {
                let mut plan = Plan::new(state, scope).analyses(&self.client.inner.analyses);
                for (candidates, source, said_at) in &conversations {
                    plan.reconcile(candidates.clone(), source, *said_at);
                }
                Ok(plan.finish())
            })
            .await?;
        Ok(applied)
    }

    /// [`MemoryClient::update`] within the scope: the memory must be visible to it, and its new
    /// version inside the scope.
    pub async fn update(&self, id: MemoryId, change: MemoryUpdate) -> Result<Memory> {
        let scope = self.scope;
        let now = self.client.now();
        let seen = self.get(id).await?.version;
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        self.client
            .write(move |state| {
                let current = state.memory(&id).ok_or(Error::MemoryNotFound { id })?;
                if current.version != seen {
                    return Err(Error::MemoryConflict {
                        id,
                        expected: seen,
                        actual: current.version,
                    });
                }
                let mut next = current.clone();
                change.apply_to(&mut next);
                if next == *current {
                    return Ok((Vec::new(), ()));
                }
                next.updated_at = now;
                next.validate()?;
                if let Some(scope) = scope {
                    scope.check_write(&next)?;
                }
                Ok((vec![Write::Put(next)], ()))
            })
            .await?;
        self.client.get(id).await
    }

    /// [`MemoryClient::delete`] within the scope: the memory must be visible to it.
    pub async fn delete(&self, id: MemoryId) -> Result<()> {
        let scope = self.scope;
        self.get(id).await?;
        if let Some(scope) = scope {
            scope.check_writable()?;
        }
        self.client
            .write(move |state| {
                state.memory(&id).ok_or(Error::MemoryNotFound { id })?;
                Ok((vec![Write::Delete(id)], ()))
            })
            .await
    }
}
