//! TEMPORARY placeholder until the PEP 263 module lands.
#![allow(missing_docs)]
pub struct DecodedSource {
    pub text: String,
    pub encoding: String,
}
pub fn decode_source(bytes: &[u8]) -> Result<DecodedSource, std::str::Utf8Error> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(b) => (b, true),
        None => (bytes, false),
    };
    let _ = bom;
    Ok(DecodedSource {
        text: std::str::from_utf8(bytes)?.to_string(),
        encoding: "utf-8".into(),
    })
}
