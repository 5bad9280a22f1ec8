//! One application's view of a person's memory: a [`MemoryClient`] seen through an
//! [`AppScope`], with the app as the source of what it adds.

use super::client::{ListPage, MemoryClient, MemoryUpdate, NewMemory, Search, SearchHit};
use crate::error::Result;
use crate::extract::Message;
use memsync_types::Applied;
use memsync_types::Profile;
use memsync_types::{AppScope, ScopeError};
use memsync_types::{Filter, Memory, MemoryId, Source};

/// What one application may see and do with a person's memory: every read returns only the
/// memories its [`AppScope`] may see (others are "not found", as if absent), every write is
/// checked against the scope, and what it adds carries its source.
///
/// ```no_run
/// # async fn demo(client: memsync::memory::MemoryClient) -> memsync::Result<()> {
/// use memsync::memory::{AppScope, Category, Search, Source};
///
/// let scope = AppScope { categories: Some([Category::Career].into()), ..AppScope::default() };
/// let app = client.app(Source::app("cursor"), scope)?;
/// let hits = app.search(&Search::new("where do I work")).await?; // career memories only
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct AppView {
    client: MemoryClient,
    scope: AppScope,
    source: Source,
}

impl MemoryClient {
    /// The view of the app `source` with `scope`.
    ///
    /// # Errors
    ///
    /// [`ScopeError::PrivateListed`] for a scope that lists `private` among its categories.
    pub fn app(&self, source: Source, scope: AppScope) -> Result<AppView, ScopeError> {
        scope.validate()?;
        Ok(AppView { client: self.clone(), scope, source })
    }
}

impl AppView {
    /// The app's scope.
    pub fn scope(&self) -> &AppScope {
        &self.scope
    }

    /// The source the app's memories carry.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The client underneath (all of the memory: use it only for the person's own tools).
    pub fn client(&self) -> &MemoryClient {
        &self.client
    }

    /// `filter` limited to the scope.
    ///
    /// # Errors
    ///
    /// [`ScopeError`] if the filter asks for a category or kind the app may not see.
    fn scoped(&self, filter: &Filter) -> Result<Filter> {
        self.scope.check_filter(filter)?;
        Ok(Filter { scope: Some(self.scope.clone()), ..filter.clone() })
    }

    /// The memory `id`, if the app may see it.
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`](crate::Error::MemoryNotFound) if it does not exist or the app
    /// may not see it (the two are not told apart).
    pub async fn get(&self, id: MemoryId) -> Result<Memory> {
        self.client.scoped(Some(&self.scope)).get(id).await
    }

    /// A page of the memories the app may see that match `filter`, most recently updated first.
    ///
    /// # Errors
    ///
    /// [`Error::Scope`](crate::Error::Scope) if the filter asks for what the app may not see.
    pub async fn list(&self, filter: &Filter, offset: usize, limit: usize) -> Result<ListPage> {
        self.client.list(&self.scoped(filter)?, offset, limit).await
    }

    /// The memories the app may see that best match `search`, best first.
    ///
    /// # Errors
    ///
    /// [`Error::Scope`](crate::Error::Scope) if the filter asks for what the app may not see.
    pub async fn search(&self, search: &Search) -> Result<Vec<SearchHit>> {
        let scoped = search.clone().filter(self.scoped(search.filter_ref())?);
        self.client.search(&scoped).await
    }

    /// The profile of the memories the app may see.
    pub async fn profile(&self) -> Result<Profile> {
        self.client.scoped(Some(&self.scope)).profile().await
    }

    /// Adds a memory from the app (its source, unless `new` names one).
    ///
    /// # Errors
    ///
    /// [`Error::Scope`](crate::Error::Scope) if the app is read-only or the memory (as
    /// classified) is outside its scope; as [`MemoryClient::add`].
    pub async fn add(&self, new: NewMemory) -> Result<Memory> {
        let new = if new.has_source() { new } else { new.source(self.source.clone()) };
        self.client.scoped(Some(&self.scope)).add(new).await
    }

    /// Turns a conversation into memories, as the app (see
    /// [`MemoryClient::add_messages_in`]); `thread_id` names the conversation in the source.
    ///
    /// # Errors
    ///
    /// [`Error::Scope`](crate::Error::Scope) if the app is read-only; as
    /// [`MemoryClient::add_messages`].
    pub async fn add_messages(
        &self,
        messages: &[Message],
        thread_id: Option<String>,
    ) -> Result<Vec<Applied>> {
        let source = Source { thread_id, ..self.source.clone() };
        self.client.scoped(Some(&self.scope)).add_messages(messages, Some(source)).await
    }

    /// Changes a memory the app may see; the new version must stay inside the scope.
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`](crate::Error::MemoryNotFound) if the app may not see it;
    /// [`Error::Scope`](crate::Error::Scope); as [`MemoryClient::update`].
    pub async fn update(&self, id: MemoryId, change: MemoryUpdate) -> Result<Memory> {
        self.client.scoped(Some(&self.scope)).update(id, change).await
    }

    /// Deletes a memory the app may see.
    ///
    /// # Errors
    ///
    /// [`Error::MemoryNotFound`](crate::Error::MemoryNotFound) if the app may not see it;
    /// [`Error::Scope`](crate::Error::Scope) if the app is read-only.
    pub async fn delete(&self, id: MemoryId) -> Result<()> {
        self.client.scoped(Some(&self.scope)).delete(id).await
    }
}
