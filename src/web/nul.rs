//! A NUL character has no place in any text here, and PostgreSQL cannot store
//! one: the address and every form body are checked for it before any handler
//! runs, and refused with a clear message (a path with one names no page:
//! 404). The API's JSON bodies are checked field by field where they are read
//! (a NUL in a key nobody reads is harmless), as its OpenAPI document says.

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::CONTENT_TYPE;
use actix_web::middleware::Next;
use actix_web::{Error, web};

use super::error::{ApiError, AppError};

const MESSAGE: &str = "The request contains a NUL character (\\0), which no text here may hold. Remove it and try again.";

/// `%00` in a percent-encoded part of the address.
fn escaped_nul(s: &[u8]) -> bool {
    s.windows(3)
        .any(|w| w[0] == b'%' && w[1] == b'0' && w[2] == b'0')
}

/// A NUL in a body: raw, percent-encoded (forms) or escaped (JSON).
fn body_has_nul(body: &[u8]) -> bool {
    body.contains(&0)
        || escaped_nul(body)
        || body.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"))
}

fn refusal(api: bool, not_found: bool) -> Error {
    match (api, not_found) {
        (true, true) => ApiError::NotFound("no such resource".into()).into(),
        (true, false) => ApiError::BadRequest(MESSAGE.into()).into(),
        (false, true) => AppError::NotFound.into(),
        (false, false) => AppError::BadRequest(MESSAGE.into()).into(),
    }
}

/// Middleware: refuses NUL in the path, the query and form or JSON bodies.
pub async fn refuse_nul(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let api = req.path().starts_with("/api/");
    if escaped_nul(req.uri().path().as_bytes()) {
        return Err(refusal(api, true));
    }
    if req.uri().query().is_some_and(|q| escaped_nul(q.as_bytes())) {
        return Err(refusal(api, false));
    }
    let textual = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("application/x-www-form-urlencoded")
                || (!api && t.starts_with("application/json"))
        });
    if textual {
        let body = match req.extract::<web::Bytes>().await {
            Ok(body) => body,
            Err(_) if api => return Err(ApiError::PayloadTooLarge.into()),
            Err(_) => return Err(AppError::PayloadTooLarge.into()),
        };
        if body_has_nul(&body) {
            return Err(refusal(api, false));
        }
        req.set_payload(Payload::from(body));
    }
    next.call(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_is_found_however_it_is_written() {
        assert!(escaped_nul(b"q=%00"));
        assert!(!escaped_nul(b"q=%20%0A100"));
        assert!(body_has_nul(b"name=a%00b"));
        assert!(body_has_nul(b"{\"name\":\"a\\u0000b\"}"));
        assert!(body_has_nul(b"a\0b"));
        assert!(!body_has_nul(b"name=a+b&n=100"));
    }
}
