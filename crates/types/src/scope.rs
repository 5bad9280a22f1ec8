//! What one application may see and write of a person's memory.
//!
//! Every tool the person connects (an MCP client, a dApp) gets an [`AppScope`]: the categories
//! and kinds it may see and write, whether it may write at all, and whether it may see the
//! `private` category, which is hidden from every app unless the person allows it. An
//! `memsync::memory::AppView` applies a scope to every read and write of a
//! `memsync::memory::MemoryClient`.
//!
//! A scope is a policy of the process that holds the keys (the person's own MCP server, or a TEE
//! node acting for them), not cryptography: the keys open every memory. docs/APPS.md says what
//! an app can and cannot see.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{Category, Filter, Memory, MemoryKind};

/// What one application may see and write.
///
/// The default sees and writes every category but `private`, of both kinds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppScope {
    /// The categories the app may see and write (`None`: every category but `private`). A memory
    /// is visible only if **every** one of its categories is allowed, so a memory about career
    /// and health stays hidden from an app allowed only career. With a list, memories without a
    /// category are hidden too. `private` is never allowed here: see `allow_private`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<BTreeSet<Category>>,
    /// The kinds the app may see and write (`None`: both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<BTreeSet<MemoryKind>>,
    /// The app may read but not add, change or delete.
    #[serde(default)]
    pub read_only: bool,
    /// The app may see and write `private` memories (default: they are hidden from it).
    #[serde(default)]
    pub allow_private: bool,
}

/// Why a scope refuses a request.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScopeError {
    /// The app may only read.
    #[error("this app may only read memories (its scope is read-only)")]
    ReadOnly,
    /// The app asked for, or would write, a category it may not see.
    #[error("this app may not see or write category `{0}`")]
    HiddenCategory(Category),
    /// The app asked for, or would write, a kind it may not see.
    #[error("this app may not see or write {0} memories")]
    HiddenKind(MemoryKind),
    /// The app would write a memory without a category while its scope lists categories.
    #[error(
        "this app may only write memories in its categories ({0}); give the memory one of them"
    )]
    Uncategorized(String),
    /// A scope that lists `private` among its categories (allowing it is `allow_private`).
    #[error("a scope cannot list `private` among its categories: allow it with `allow_private`")]
    PrivateListed,
}

impl AppScope {
    /// Everything, `private` included, read and write: the person's own tools (the CLI).
    pub fn full() -> Self {
        Self { categories: None, kinds: None, read_only: false, allow_private: true }
    }

    /// Checks that the scope is well formed (it does not list `private` as a category).
    ///
    /// # Errors
    ///
    /// [`ScopeError::PrivateListed`].
    pub fn validate(&self) -> Result<(), ScopeError> {
        if self.categories.as_ref().is_some_and(|c| c.contains(&Category::Private)) {
            return Err(ScopeError::PrivateListed);
        }
        Ok(())
    }

    /// Whether the app may see `category`.
    pub fn allows_category(&self, category: Category) -> bool {
        if category == Category::Private {
            return self.allow_private;
        }
        self.categories.as_ref().is_none_or(|allowed| allowed.contains(&category))
    }

    /// Whether the app may see memories of `kind`.
    pub fn allows_kind(&self, kind: MemoryKind) -> bool {
        self.kinds.as_ref().is_none_or(|allowed| allowed.contains(&kind))
    }

    /// The categories the app may not see (`private` among them unless allowed).
    pub fn hidden_categories(&self) -> BTreeSet<Category> {
        Category::ALL.into_iter().filter(|c| !self.allows_category(*c)).collect()
    }

    /// Whether the scope hides memories without a category (it lists categories).
    pub fn hides_uncategorized(&self) -> bool {
        self.categories.is_some()
    }

    /// Whether the app may see `memory`.
    pub fn can_see(&self, memory: &Memory) -> bool {
        self.allows_kind(memory.kind)
            && memory.categories.iter().all(|c| self.allows_category(*c))
            && !(memory.categories.is_empty() && self.hides_uncategorized())
    }

    /// Checks that the app may write at all.
    ///
    /// # Errors
    ///
    /// [`ScopeError::ReadOnly`].
    pub fn check_writable(&self) -> Result<(), ScopeError> {
        if self.read_only { Err(ScopeError::ReadOnly) } else { Ok(()) }
    }

    /// Checks that the app may add `memory` as a new memory: the scope is writable, the kind and
    /// every category but `private` are allowed, and it has a category if the scope lists some.
    ///
    /// `private` never refuses an addition: what a person tells an app is kept even when it is
    /// sensitive. An app without `allow_private` **deposits** such a memory: it is written, and
    /// hidden from the app from then on like every `private` memory (it cannot read it back,
    /// change it or find it by id).
    ///
    /// # Errors
    ///
    /// The first [`ScopeError`] that applies.
    pub fn check_add(&self, memory: &Memory) -> Result<(), ScopeError> {
        self.check_writable()?;
        if !self.allows_kind(memory.kind) {
            return Err(ScopeError::HiddenKind(memory.kind));
        }
        if let Some(hidden) = memory
            .categories
            .iter()
            .find(|c| **c != Category::Private && !self.allows_category(**c))
        {
            return Err(ScopeError::HiddenCategory(*hidden));
        }
        if memory.categories.is_empty() && self.hides_uncategorized() {
            return Err(ScopeError::Uncategorized(self.category_list()));
        }
        Ok(())
    }

    /// Checks that the app may write `memory` as a new version of a memory it sees: the scope
    /// is writable and the memory stays one the app can see (an app cannot move a memory into a
    /// category it does not see, `private` included, or out of its sight).
    ///
    /// # Errors
    ///
    /// The first [`ScopeError`] that applies.
    pub fn check_write(&self, memory: &Memory) -> Result<(), ScopeError> {
        self.check_writable()?;
        if !self.allows_kind(memory.kind) {
            return Err(ScopeError::HiddenKind(memory.kind));
        }
        if let Some(hidden) = memory.categories.iter().find(|c| !self.allows_category(**c)) {
            return Err(ScopeError::HiddenCategory(*hidden));
        }
        if memory.categories.is_empty() && self.hides_uncategorized() {
            return Err(ScopeError::Uncategorized(self.category_list()));
        }
        Ok(())
    }

    /// Checks that a filter asks only for what the app may see: a category or kind outside the
    /// scope is an error rather than an empty answer, so the app learns why.
    ///
    /// # Errors
    ///
    /// [`ScopeError::HiddenCategory`] or [`ScopeError::HiddenKind`].
    pub fn check_filter(&self, filter: &Filter) -> Result<(), ScopeError> {
        if let Some(hidden) = filter.categories.iter().find(|c| !self.allows_category(**c)) {
            return Err(ScopeError::HiddenCategory(*hidden));
        }
        if let Some(hidden) = filter.kinds.iter().find(|k| !self.allows_kind(**k)) {
            return Err(ScopeError::HiddenKind(*hidden));
        }
        Ok(())
    }

    fn category_list(&self) -> String {
        let mut names: Vec<&str> = match &self.categories {
            Some(allowed) => allowed.iter().map(|c| c.as_str()).collect(),
            None => Category::ALL
                .iter()
                .filter(|c| **c != Category::Private)
                .map(|c| c.as_str())
                .collect(),
        };
        if self.allow_private {
            names.push(Category::Private.as_str());
        }
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use jiff::Timestamp;

    use super::*;
    use crate::model::{MemoryId, Source};

    fn memory(kind: MemoryKind, categories: &[Category]) -> Memory {
        let now: Timestamp = "2026-11-23T10:00:00Z".parse().unwrap();
        Memory {
            id: MemoryId::derived(b"scope"),
            text: "a fact".into(),
            kind,
            expires_at: None,
            categories: categories.iter().copied().collect(),
            tags: BTreeSet::new(),
            source: Source::app("test"),
            created_at: now,
            updated_at: now,
            confidence: 0.9,
            version: 1,
        }
    }

    #[test]
    fn the_default_sees_everything_but_private() {
        let scope = AppScope::default();
        assert!(scope.can_see(&memory(MemoryKind::Semantic, &[])));
        assert!(scope.can_see(&memory(MemoryKind::Episodic, &[Category::Health])));
        assert!(!scope.can_see(&memory(MemoryKind::Semantic, &[Category::Private])));
        // Private dominates: a memory that is also private is hidden.
        assert!(
            !scope.can_see(&memory(MemoryKind::Semantic, &[Category::Career, Category::Private]))
        );
        assert_eq!(scope.hidden_categories(), [Category::Private].into());
        assert!(AppScope::full().can_see(&memory(MemoryKind::Semantic, &[Category::Private])));
    }

    #[test]
    fn every_category_of_a_memory_must_be_allowed() {
        let scope = AppScope { categories: Some([Category::Career].into()), ..AppScope::default() };
        assert!(scope.can_see(&memory(MemoryKind::Semantic, &[Category::Career])));
        assert!(
            !scope.can_see(&memory(MemoryKind::Semantic, &[Category::Career, Category::Health]))
        );
        assert!(!scope.can_see(&memory(MemoryKind::Semantic, &[])), "uncategorized is hidden");
        assert_eq!(
            scope.check_write(&memory(MemoryKind::Semantic, &[Category::Health])),
            Err(ScopeError::HiddenCategory(Category::Health))
        );
        assert!(matches!(
            scope.check_write(&memory(MemoryKind::Semantic, &[])),
            Err(ScopeError::Uncategorized(list)) if list == "career"
        ));
    }

    /// What a person says to an app is kept even when it is `private`: the app deposits it
    /// (and cannot see it afterwards), but cannot move a memory it sees into `private`.
    #[test]
    fn an_app_deposits_private_memories_it_cannot_see() {
        let default = AppScope::default();
        let private = memory(MemoryKind::Semantic, &[Category::Private]);
        let private_health = memory(MemoryKind::Semantic, &[Category::Private, Category::Health]);
        assert_eq!(default.check_add(&private), Ok(()));
        assert_eq!(default.check_add(&private_health), Ok(()));
        assert!(!default.can_see(&private) && !default.can_see(&private_health));
        assert_eq!(
            default.check_write(&private),
            Err(ScopeError::HiddenCategory(Category::Private)),
            "a new version must stay in sight"
        );
        // The other categories still count, and a read-only app deposits nothing.
        let career =
            AppScope { categories: Some([Category::Career].into()), ..AppScope::default() };
        assert_eq!(career.check_add(&private), Ok(()));
        assert_eq!(
            career.check_add(&private_health),
            Err(ScopeError::HiddenCategory(Category::Health))
        );
        let read_only = AppScope { read_only: true, ..AppScope::default() };
        assert_eq!(read_only.check_add(&private), Err(ScopeError::ReadOnly));
    }

    #[test]
    fn kinds_read_only_and_filters() {
        let scope = AppScope {
            kinds: Some([MemoryKind::Semantic].into()),
            read_only: true,
            ..AppScope::default()
        };
        assert!(!scope.can_see(&memory(MemoryKind::Episodic, &[])));
        assert_eq!(
            scope.check_write(&memory(MemoryKind::Semantic, &[])),
            Err(ScopeError::ReadOnly)
        );
        let asks_private = Filter { categories: [Category::Private].into(), ..Filter::default() };
        assert_eq!(
            scope.check_filter(&asks_private),
            Err(ScopeError::HiddenCategory(Category::Private))
        );
        let asks_episodic = Filter { kinds: [MemoryKind::Episodic].into(), ..Filter::default() };
        assert_eq!(
            scope.check_filter(&asks_episodic),
            Err(ScopeError::HiddenKind(MemoryKind::Episodic))
        );
        assert_eq!(scope.check_filter(&Filter::default()), Ok(()));
    }

    #[test]
    fn private_is_allowed_only_by_its_flag() {
        let listed =
            AppScope { categories: Some([Category::Private].into()), ..AppScope::default() };
        assert_eq!(listed.validate(), Err(ScopeError::PrivateListed));
        let allowed = AppScope {
            categories: Some([Category::Health].into()),
            allow_private: true,
            ..AppScope::default()
        };
        assert!(
            allowed.can_see(&memory(MemoryKind::Semantic, &[Category::Health, Category::Private]))
        );
        assert!(!allowed.can_see(&memory(MemoryKind::Semantic, &[Category::Career])));
        let json: AppScope =
            serde_json::from_str(r#"{"categories":["health"],"allow_private":true}"#).unwrap();
        assert_eq!(json, allowed);
        assert!(serde_json::from_str::<AppScope>(r#"{"categorys":[]}"#).is_err());
    }
}
