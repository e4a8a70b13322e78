//! Builds the web application from a database connection and a listener.

use std::net::TcpListener;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::{Compress, DefaultHeaders, Next, from_fn};
use actix_web::{App, Error, HttpMessage, HttpServer, web};
use sea_orm::DatabaseConnection;
use tracing_actix_web::{RequestId, TracingLogger};

use crate::services::directory::Directory;
use crate::services::landscape::Landscapes;
use crate::services::mail::{Mail, MailConfig};
use crate::services::match_index::MatchIndex;
use crate::services::password::Passwords;
use crate::web::error::{self, AppError};
use crate::web::limits::{FORM_LIMIT, JSON_LIMIT};
use crate::web::routes;
use crate::web::{csrf, language, nul};

pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    /// The application with mail as the environment says ([`MailConfig::from_env`]).
    pub fn build(db: DatabaseConnection, listener: TcpListener) -> anyhow::Result<Self> {
        Self::build_with_mail(db, listener, MailConfig::from_env())
    }

    pub fn build_with_mail(
        db: DatabaseConnection,
        listener: TcpListener,
        mail: MailConfig,
    ) -> anyhow::Result<Self> {
        let port = listener.local_addr()?.port();
        let server = run(listener, db, mail)?;
        Ok(Self { port, server })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs until SIGINT or SIGTERM, then finishes the requests in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "strict-origin-when-cross-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        // Pages hold private needs, contacts and tokens: no copy in any cache
        // (the stylesheet and icon set their own, public, caching).
        .add(("Cache-Control", "no-store"))
}

/// Echoes the request id that the tracing span carries, so a user's report of a
/// failure can be found in the logs.
async fn request_id_header(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let id = req.extensions().get::<RequestId>().map(|id| id.to_string());
    let mut res = next.call(req).await?;
    if let Some(value) = id.and_then(|id| HeaderValue::from_str(&id).ok()) {
        res.headers_mut()
            .insert(HeaderName::from_static("x-request-id"), value);
    }
    Ok(res)
}

/// Over TLS (directly or behind a proxy that says so), browsers are told to
/// use only HTTPS for this site from now on.
async fn strict_transport(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let tls = req.connection_info().scheme() == "https";
    let mut res = next.call(req).await?;
    if tls {
        res.headers_mut().insert(
            HeaderName::from_static("strict-transport-security"),
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    Ok(res)
}

/// HEAD is answered as GET without the body (monitors and link checkers use it).
async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}

pub fn run(
    listener: TcpListener,
    db: DatabaseConnection,
    mail: MailConfig,
) -> anyhow::Result<Server> {
    let mail = Mail::new(mail);
    mail.start(db.clone())?;
    let mail = web::Data::new(mail);
    crate::services::notify::start_clock(db.clone(), mail.clone());
    // Reads outside writes go through connections of their own.
    let reads = crate::db::long_reads(&db);
    let index = web::Data::new(MatchIndex::default().reading_from(reads.clone()));
    let directory = web::Data::new(Directory::reading_from(reads.clone()));
    let reads = web::Data::new(crate::db::Reads(reads));
    let db = web::Data::new(db);
    let landscapes = web::Data::new(Landscapes::default());
    let passwords = web::Data::new(Passwords::default());
    // The directory's catalog and the matching index are built once the server
    // listens, not on the first request that needs them.
    let (warm_index, warm_directory, warm_db) = (index.clone(), directory.clone(), db.clone());
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        if let Err(e) = warm_directory.prepare(&warm_db).await {
            tracing::warn!(error = %e, "preparing the directory failed");
        }
        match warm_index.current(&warm_db).await {
            Ok(s) => tracing::info!(
                organizations = s.engine.len(),
                ms = started.elapsed().as_millis() as u64,
                "directory and matching index ready"
            ),
            Err(e) => tracing::warn!(error = %e, "building the matching index failed"),
        }
    });
    let server = HttpServer::new(move || {
        App::new()
            .wrap(from_fn(error::in_the_visitors_layout))
            .wrap(from_fn(nul::refuse_nul))
            .wrap(from_fn(csrf::protect))
            // Outside the checks above, so that what they refuse is said in
            // the request's language too.
            .wrap(from_fn(language::choose))
            .wrap(from_fn(head_as_get))
            .wrap(security_headers())
            .wrap(from_fn(strict_transport))
            .wrap(from_fn(request_id_header))
            .wrap(Compress::default())
            .wrap(TracingLogger::default())
            .app_data(db.clone())
            .app_data(reads.clone())
            .app_data(mail.clone())
            .app_data(index.clone())
            .app_data(directory.clone())
            .app_data(landscapes.clone())
            .app_data(passwords.clone())
            .app_data(web::FormConfig::default().limit(FORM_LIMIT).error_handler(
                |err, _| {
                    match err {
                        actix_web::error::UrlencodedError::Overflow { .. } => {
                            AppError::PayloadTooLarge.into()
                        }
                        other => {
                            AppError::BadRequest(format!("The form could not be read ({other})."))
                                .into()
                        }
                    }
                },
            ))
            .app_data(web::QueryConfig::default().error_handler(|err, _| {
                AppError::BadRequest(format!(
                    "The address has a parameter this page cannot use ({err})."
                ))
                .into()
            }))
            .app_data(web::JsonConfig::default().limit(JSON_LIMIT))
            .app_data(web::PayloadConfig::default().limit(JSON_LIMIT))
            .configure(routes::configure)
            .default_service(web::to(not_found))
    })
    .shutdown_timeout(10)
    .listen(listener)?
    .run();
    Ok(server)
}
