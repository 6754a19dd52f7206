//! Percent-decoding of query text, total on any input.

/// Decodes `%XX` escapes and `+` as in form encoding; malformed escapes stay literal, and
/// text whose escapes do not make UTF-8 stays as it was written (a notice then quotes what the
/// person can see in the address), so any input decodes to some string.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    // Strict, not lossy: the lossy decoder would add 0.5 KB to the first stage's module.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}
