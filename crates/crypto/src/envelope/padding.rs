//! Length hiding: PADMÉ padding with a 256-byte floor.
//!
//! The padded plaintext is `body ‖ 0x80 ‖ 0x00…` of length `padded_len(body.len())`. Bodies up
//! to 255 bytes all pad to 256. Above that, PADMÉ (Nikitin et al., PETS 2019) rounds
//! `L = body.len() + 1` up to a multiple of `2^(E−S)` with `E = ⌊log2 L⌋`, `S = ⌊log2 E⌋ + 1`:
//! the padded length reveals only `E` and the `S` bits of `L` below its leading one, and costs
//! less than 1/16 (6.25 %) over `L` in this range (1/32 from 64 KiB on).

/// The smallest padded body: every body up to `MIN_PADDED_LEN - 1` bytes pads to it.
pub const MIN_PADDED_LEN: usize = 256;

/// The largest padded body (256 MiB).
pub(crate) const MAX_PADDED_LEN: usize = 1 << 28;

/// The largest body an envelope holds.
pub const MAX_BODY_LEN: usize = MAX_PADDED_LEN - 1;

/// The padded length of a body of `body_len` bytes, or `None` above [`MAX_BODY_LEN`].
pub fn padded_len(body_len: usize) -> Option<usize> {
    let unpadded = body_len.checked_add(1)?.max(MIN_PADDED_LEN);
    let padded = padme(unpadded);
    (padded <= MAX_PADDED_LEN).then_some(padded)
}

/// Whether `len` is a length [`padded_len`] produces: the only lengths a valid header carries.
pub(crate) fn is_padded_len(len: usize) -> bool {
    (MIN_PADDED_LEN..=MAX_PADDED_LEN).contains(&len) && padme(len) == len
}

/// The byte that follows the body in the padded plaintext; only zeros follow it.
pub(crate) const PAD_MARKER: u8 = 0x80;

/// The body length of a padded plaintext, if its padding is the canonical padding of a body of
/// that length. The plaintext is authenticated before this runs, so it is no padding oracle.
pub(crate) fn unpadded_len(padded: &[u8]) -> Option<usize> {
    let marker = padded.iter().rposition(|&byte| byte != 0)?;
    (padded[marker] == PAD_MARKER && padded_len(marker) == Some(padded.len())).then_some(marker)
}

/// PADMÉ of `len` (for `len ≥ 2`).
const fn padme(len: usize) -> usize {
    let e = usize::BITS - 1 - len.leading_zeros();
    let s = u32::BITS - e.leading_zeros();
    let mask = (1usize << (e - s)) - 1;
    (len + mask) & !mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padme_matches_the_paper() {
        // Values from the PADMÉ definition: E = ⌊log2 L⌋, S = ⌊log2 E⌋ + 1.
        assert_eq!(padme(256), 256);
        assert_eq!(padme(257), 272);
        assert_eq!(padme(513), 544);
        assert_eq!(padme(1000), 1024);
        assert_eq!(padme(65_537), 67_584);
        assert_eq!(padme(1 << 20), 1 << 20);
    }

    #[test]
    fn floor_and_limits() {
        assert_eq!(padded_len(0), Some(256));
        assert_eq!(padded_len(255), Some(256));
        assert_eq!(padded_len(256), Some(272));
        assert_eq!(padded_len(MAX_BODY_LEN), Some(MAX_PADDED_LEN));
        assert_eq!(padded_len(MAX_BODY_LEN + 1), None);
        assert_eq!(padded_len(usize::MAX), None);
    }

    #[test]
    fn padded_lengths_are_fixed_points_and_bounded() {
        for body_len in (0..70_000).chain([MAX_BODY_LEN - 1, MAX_BODY_LEN]) {
            let padded = padded_len(body_len).expect("in range");
            assert!(padded > body_len);
            assert!(is_padded_len(padded), "{body_len} -> {padded}");
            if body_len >= MIN_PADDED_LEN {
                assert!((padded - body_len - 1) * 16 <= body_len + 1, "{body_len} -> {padded}");
            }
        }
        assert!(!is_padded_len(0));
        assert!(!is_padded_len(255));
        assert!(!is_padded_len(257));
        assert!(!is_padded_len(MAX_PADDED_LEN * 2));
    }

    #[test]
    fn unpadding_accepts_only_canonical_padding() {
        let mut padded = vec![0u8; 256];
        padded[10] = PAD_MARKER;
        assert_eq!(unpadded_len(&padded), Some(10));
        padded[10] = 0x81;
        assert_eq!(unpadded_len(&padded), None);
        assert_eq!(unpadded_len(&[0u8; 256]), None);
        // A marker that is not at the canonical position for this padded length.
        let mut long = vec![0u8; 272];
        long[10] = PAD_MARKER;
        assert_eq!(unpadded_len(&long), None);
        long[10] = 1;
        long[256] = PAD_MARKER;
        assert_eq!(unpadded_len(&long), Some(256));
    }
}
