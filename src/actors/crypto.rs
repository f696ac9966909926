//! Cryptographic primitives for `crypto` and `crypto.subtle`, computed in Rust (RustCrypto).
//! Stateless: the dispatcher answers these itself, on the calling process's thread, so their CPU
//! time counts against that process's limit. Randomness is not here: it is `random.bytes`.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use hmac::{Hmac, Mac};
use sha2::Digest;

use crate::syscalls::{Errno, Reply, SysError, SysResult};

/// Digests Node names (lower-case, as `crypto.getHashes()` spells them).
pub const HASHES: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha512-224",
    "sha512-256",
];

fn unknown(alg: &str, syscall: &str) -> SysError {
    SysError::new(Errno::EINVAL, syscall).with_detail(format!("Digest method not supported: {alg}"))
}

fn digest_of<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

/// `alg` digest of `data`.
pub fn hash(alg: &str, data: &[u8]) -> SysResult {
    let out = match alg.to_ascii_lowercase().as_str() {
        "md5" => digest_of::<md5::Md5>(data),
        "sha1" | "sha-1" => digest_of::<sha1::Sha1>(data),
        "sha224" | "sha-224" => digest_of::<sha2::Sha224>(data),
        "sha256" | "sha-256" => digest_of::<sha2::Sha256>(data),
        "sha384" | "sha-384" => digest_of::<sha2::Sha384>(data),
        "sha512" | "sha-512" => digest_of::<sha2::Sha512>(data),
        "sha512-224" => digest_of::<sha2::Sha512_224>(data),
        "sha512-256" => digest_of::<sha2::Sha512_256>(data),
        _ => return Err(unknown(alg, "digest")),
    };
    Ok(Reply::Bytes(out))
}

fn mac<M: Mac + KeyInit>(key: &[u8], data: &[u8]) -> Result<Vec<u8>, SysError> {
    // HMAC accepts keys of any length; a failure here would be a library change, reported as such.
    let mut m = <M as KeyInit>::new_from_slice(key)
        .map_err(|_| SysError::new(Errno::EINVAL, "hmac").with_detail("Invalid key length"))?;
    m.update(data);
    Ok(m.finalize().into_bytes().to_vec())
}

/// HMAC-`alg` of `data` under `key`.
pub fn hmac(alg: &str, key: &[u8], data: &[u8]) -> SysResult {
    let out = match alg.to_ascii_lowercase().as_str() {
        "md5" => mac::<Hmac<md5::Md5>>(key, data)?,
        "sha1" | "sha-1" => mac::<Hmac<sha1::Sha1>>(key, data)?,
        "sha224" | "sha-224" => mac::<Hmac<sha2::Sha224>>(key, data)?,
        "sha256" | "sha-256" => mac::<Hmac<sha2::Sha256>>(key, data)?,
        "sha384" | "sha-384" => mac::<Hmac<sha2::Sha384>>(key, data)?,
        "sha512" | "sha-512" => mac::<Hmac<sha2::Sha512>>(key, data)?,
        _ => return Err(unknown(alg, "hmac")),
    };
    Ok(Reply::Bytes(out))
}

/// PBKDF2-HMAC-`digest`. Bounded: at most 2^24 iterations and 64 KiB of output.
pub fn pbkdf2(
    digest: &str,
    password: &[u8],
    salt: &[u8],
    iterations: u32,
    keylen: u32,
) -> SysResult {
    if iterations == 0 || iterations > 1 << 24 || keylen > 64 * 1024 {
        return Err(
            SysError::new(Errno::EINVAL, "pbkdf2").with_detail("pbkdf2 parameters out of range")
        );
    }
    let mut out = vec![0u8; keylen as usize];
    match digest.to_ascii_lowercase().as_str() {
        "sha1" | "sha-1" => pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password, salt, iterations, &mut out),
        "sha256" | "sha-256" => {
            pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, &mut out)
        }
        "sha384" | "sha-384" => {
            pbkdf2::pbkdf2_hmac::<sha2::Sha384>(password, salt, iterations, &mut out)
        }
        "sha512" | "sha-512" => {
            pbkdf2::pbkdf2_hmac::<sha2::Sha512>(password, salt, iterations, &mut out)
        }
        "md5" => pbkdf2::pbkdf2_hmac::<md5::Md5>(password, salt, iterations, &mut out),
        _ => return Err(unknown(digest, "pbkdf2")),
    }
    Ok(Reply::Bytes(out))
}

/// scrypt with Node's memory rule: 128 * N * r must not exceed `maxmem` (Node's default 32 MiB).
pub fn scrypt(
    password: &[u8],
    salt: &[u8],
    keylen: u32,
    n: u64,
    r: u32,
    p: u32,
    maxmem: u64,
) -> SysResult {
    let bad = |d: &str| SysError::new(Errno::EINVAL, "scrypt").with_detail(d.to_string());
    if n < 2 || !n.is_power_of_two() {
        return Err(bad(
            "Invalid scrypt params: N must be a power of two greater than 1",
        ));
    }
    if 128u64.saturating_mul(n).saturating_mul(r as u64) > maxmem {
        return Err(bad("Invalid scrypt params: memory limit exceeded"));
    }
    if keylen == 0 || keylen > 64 * 1024 {
        return Err(bad("Invalid scrypt params: key length out of range"));
    }
    let params = scrypt::Params::new(n.trailing_zeros() as u8, r, p, keylen as usize)
        .map_err(|e| bad(&format!("Invalid scrypt params: {e}")))?;
    let mut out = vec![0u8; keylen as usize];
    scrypt::scrypt(password, salt, &params, &mut out)
        .map_err(|e| bad(&format!("scrypt failed: {e}")))?;
    Ok(Reply::Bytes(out))
}

/// AES-GCM (128/192/256 by key length). Encrypt replies `ciphertext || tag` (16-byte tag);
/// decrypt takes the same layout and fails with EBADMSG-like EINVAL on a bad tag.
pub fn aes_gcm(encrypt: bool, key: &[u8], iv: &[u8], data: &[u8], aad: &[u8]) -> SysResult {
    use aes_gcm::aead::generic_array::GenericArray;
    use aes_gcm::{Aes128Gcm, Aes256Gcm, AesGcm};
    let sc = if encrypt { "encrypt" } else { "decrypt" };
    if iv.len() != 12 {
        return Err(SysError::new(Errno::EINVAL, sc).with_detail("AES-GCM needs a 12-byte IV"));
    }
    let nonce = GenericArray::from_slice(iv);
    let payload = Payload { msg: data, aad };
    type Aes192Gcm = AesGcm<aes::Aes192, aes_gcm::aead::consts::U12>;
    let r = match key.len() {
        16 => {
            let c = Aes128Gcm::new_from_slice(key).map_err(|_| SysError::new(Errno::EINVAL, sc))?;
            if encrypt {
                c.encrypt(nonce, payload)
            } else {
                c.decrypt(nonce, payload)
            }
        }
        24 => {
            let c = Aes192Gcm::new_from_slice(key).map_err(|_| SysError::new(Errno::EINVAL, sc))?;
            if encrypt {
                c.encrypt(nonce, payload)
            } else {
                c.decrypt(nonce, payload)
            }
        }
        32 => {
            let c = Aes256Gcm::new_from_slice(key).map_err(|_| SysError::new(Errno::EINVAL, sc))?;
            if encrypt {
                c.encrypt(nonce, payload)
            } else {
                c.decrypt(nonce, payload)
            }
        }
        _ => return Err(SysError::new(Errno::EINVAL, sc).with_detail("Invalid key length")),
    };
    r.map(Reply::Bytes).map_err(|_| {
        SysError::new(Errno::EINVAL, sc)
            .with_detail("Unsupported state or unable to authenticate data")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(r: SysResult) -> String {
        match r {
            Ok(Reply::Bytes(b)) => b.iter().map(|x| format!("{x:02x}")).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn known_answers() {
        assert_eq!(
            hex(hash("sha256", b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(hex(hash("md5", b"")), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(
            hex(hmac(
                "sha256",
                b"key",
                b"The quick brown fox jumps over the lazy dog"
            )),
            "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
        );
        assert_eq!(
            hex(pbkdf2("sha1", b"password", b"salt", 1, 20)),
            "0c60c80f961f0e71f3a9b524af6012062fe037a6"
        );
        assert_eq!(hex(scrypt(b"", b"", 64, 16, 1, 1, 32 << 20)).len(), 128);
        assert!(hash("nope", b"").is_err());
        assert!(
            scrypt(b"", b"", 64, 1 << 20, 8, 1, 32 << 20).is_err(),
            "memory rule"
        );
    }

    #[test]
    fn aes_gcm_round_trip_and_tamper() {
        let key = [7u8; 32];
        let iv = [1u8; 12];
        let Ok(Reply::Bytes(ct)) = aes_gcm(true, &key, &iv, b"secret", b"aad") else {
            panic!()
        };
        assert_eq!(ct.len(), 6 + 16);
        assert_eq!(
            aes_gcm(false, &key, &iv, &ct, b"aad"),
            Ok(Reply::Bytes(b"secret".to_vec()))
        );
        let mut bad = ct.clone();
        bad[0] ^= 1;
        assert!(aes_gcm(false, &key, &iv, &bad, b"aad").is_err());
    }
}
