//! Tool calls served in the order they arrived, so that a cancelled write can never land after a
//! later one.
//!
//! rmcp runs every request as its own task, and tasks start in no particular order: an
//! `update_memory` that a client cancelled (`notifications/cancelled`) and then sent again could
//! write after the second one and become the memory's newest version. [`Arrivals`] wraps the
//! transport and stamps each `tools/call` with a [`Turn`] as it is read off the wire (the one
//! place that sees messages in order). A tool waits for its turn before it touches the memory:
//!
//! - a call that writes (`add_memory`, `update_memory`, `delete_memory`) waits until every call
//!   that arrived before it has finished;
//! - a call that reads waits until every write that arrived before it has finished, so it sees
//!   them (reads run side by side).
//!
//! A call cancelled while it waits, or before its write begins, writes nothing. A write that had
//! begun when the cancellation arrived is finished (a transaction cannot be called back), and it
//! is ordered before every call the client sends after the cancellation: a `get_memory` sent after
//! it says which of the two happened.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use rmcp::RoleServer;
use rmcp::model::{ClientRequest, GetExtensions as _, JsonRpcMessage, JsonRpcRequest};
use rmcp::service::{RequestContext, RxJsonRpcMessage, TxJsonRpcMessage};
use rmcp::transport::Transport;
use tokio::sync::Notify;

/// The tools that write to the memory.
const WRITING_TOOLS: [&str; 3] = ["add_memory", "update_memory", "delete_memory"];

/// The calls that arrived and have not finished, by arrival.
#[derive(Debug, Default)]
pub(crate) struct Order {
    state: Mutex<State>,
    changed: Notify,
}

#[derive(Debug, Default)]
struct State {
    next: u64,
    /// Arrival number → whether the call writes.
    pending: BTreeMap<u64, bool>,
}

impl Order {
    /// A turn for a call that arrives now.
    pub(crate) fn arrive(self: &Arc<Self>, writes: bool) -> Turn {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let seq = state.next;
        state.next += 1;
        state.pending.insert(seq, writes);
        Turn(Arc::new(TurnInner { seq, writes, order: Arc::clone(self) }))
    }

    fn is_due(&self, turn: &TurnInner) -> bool {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let mut earlier = state.pending.range(..turn.seq);
        if turn.writes { earlier.next().is_none() } else { !earlier.any(|(_, writes)| *writes) }
    }

    fn finish(&self, seq: u64) {
        let removed =
            self.state.lock().unwrap_or_else(PoisonError::into_inner).pending.remove(&seq);
        if removed.is_some() {
            self.changed.notify_waiters();
        }
    }

    /// How many calls have arrived and not finished.
    #[cfg(test)]
    fn pending(&self) -> usize {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).pending.len()
    }
}

/// A call's place in the order. It is finished when the call's handler drops its last copy (the
/// request context holds one), or by [`Turn::finish`].
#[derive(Clone, Debug)]
pub(crate) struct Turn(Arc<TurnInner>);

#[derive(Debug)]
struct TurnInner {
    seq: u64,
    writes: bool,
    order: Arc<Order>,
}

impl Drop for TurnInner {
    fn drop(&mut self) {
        self.order.finish(self.seq);
    }
}

/// Why a call did not run.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Cancelled;

impl Turn {
    /// The turn `context`'s request was given when it arrived, if it is a tool call that came
    /// through [`Arrivals`].
    pub(crate) fn of(context: &RequestContext<RoleServer>) -> Option<Self> {
        context.extensions.get::<Self>().cloned()
    }

    /// Waits until the call may run (see the module documentation), or until `context` is
    /// cancelled: then the call must not touch the memory.
    pub(crate) async fn wait(&self, context: &RequestContext<RoleServer>) -> Result<(), Cancelled> {
        let order = &self.0.order;
        loop {
            let changed = order.changed.notified();
            tokio::pin!(changed);
            // Registered before the check, so that no finish between the check and the wait is
            // missed.
            changed.as_mut().enable();
            if context.ct.is_cancelled() {
                return Err(Cancelled);
            }
            if order.is_due(&self.0) {
                return Ok(());
            }
            tokio::select! {
                () = &mut changed => {}
                () = context.ct.cancelled() => return Err(Cancelled),
            }
        }
    }

    /// Marks the call finished: calls waiting for it may run.
    pub(crate) fn finish(&self) {
        self.0.order.finish(self.0.seq);
    }
}

/// A transport that gives each `tools/call` its [`Turn`] as it is received.
pub(crate) struct Arrivals<T> {
    inner: T,
    order: Arc<Order>,
}

impl<T> Arrivals<T> {
    pub(crate) fn new(inner: T) -> Self {
        Self { inner, order: Arc::default() }
    }
}

impl<T: Transport<RoleServer>> Transport<RoleServer> for Arrivals<T> {
    type Error = T::Error;

    fn name() -> Cow<'static, str> {
        T::name()
    }

    fn send(
        &mut self,
        item: TxJsonRpcMessage<RoleServer>,
    ) -> impl Future<Output = Result<(), Self::Error>> + Send + 'static {
        self.inner.send(item)
    }

    async fn receive(&mut self) -> Option<RxJsonRpcMessage<RoleServer>> {
        let mut message = self.inner.receive().await?;
        if let JsonRpcMessage::Request(JsonRpcRequest { request, .. }) = &mut message
            && let ClientRequest::CallToolRequest(call) = request
        {
            let writes = WRITING_TOOLS.contains(&call.params.name.as_ref());
            let turn = self.order.arrive(writes);
            request.extensions_mut().insert(turn);
        }
        Some(message)
    }

    fn close(&mut self) -> impl Future<Output = Result<(), Self::Error>> + Send {
        self.inner.close()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn due(turn: &Turn) -> bool {
        turn.0.order.is_due(&turn.0)
    }

    #[test]
    fn a_write_waits_for_everything_before_it_and_a_read_only_for_earlier_writes() {
        let order = Arc::new(Order::default());
        let read1 = order.arrive(false);
        let write1 = order.arrive(true);
        let read2 = order.arrive(false);
        let write2 = order.arrive(true);
        assert!(due(&read1));
        assert!(!due(&write1), "a write waits for an earlier read");
        assert!(!due(&read2), "a read waits for an earlier write");
        read1.finish();
        assert!(due(&write1));
        assert!(!due(&read2));
        drop(write1);
        assert!(due(&read2));
        assert!(!due(&write2));
        read2.finish();
        read2.finish();
        assert!(due(&write2));
        drop(write2);
        assert_eq!(order.pending(), 0);
    }

    #[test]
    fn reads_with_no_write_before_them_run_side_by_side() {
        let order = Arc::new(Order::default());
        let reads: Vec<Turn> = (0..4).map(|_| order.arrive(false)).collect();
        assert!(reads.iter().all(due));
    }

    #[test]
    fn a_turn_is_finished_when_its_last_copy_is_dropped() {
        let order = Arc::new(Order::default());
        let first = order.arrive(true);
        let copy = first.clone();
        let second = order.arrive(true);
        drop(first);
        assert!(!due(&second), "a copy still holds the turn");
        drop(copy);
        assert!(due(&second));
    }
}
