//! E-mail: messages are written into the outbox in the transaction of what
//! caused them ([`crate::db::outbox`]); a worker in the server sends them over
//! SMTP (`SMTP_URL`, e.g. `smtp://127.0.0.1:2525` or
//! `smtps://user:pass@host:465`) with retries, and records the outcome.
//! Without `SMTP_URL` messages stay in the outbox (`roundtable outbox`).
//! A crash between sending and recording may send a message twice, never lose
//! one.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;

use crate::db;

/// How the server sends mail.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `None`: messages stay in the outbox.
    pub smtp_url: Option<String>,
    /// The sender: `Roundtable <noreply@example.org>`.
    pub from: String,
    /// The address of the site for links in messages; `None`: the address
    /// the request came to.
    pub base_url: Option<String>,
}

impl MailConfig {
    /// From `SMTP_URL`, `ROUNDTABLE_MAIL_FROM` and `ROUNDTABLE_BASE_URL`.
    pub fn from_env() -> Self {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        Self {
            smtp_url: var("SMTP_URL"),
            from: var("ROUNDTABLE_MAIL_FROM")
                .unwrap_or_else(|| "Roundtable <noreply@roundtable.invalid>".to_owned()),
            base_url: var("ROUNDTABLE_BASE_URL").map(|u| u.trim_end_matches('/').to_owned()),
        }
    }
}

/// The mail of a running server: its settings and the bell that wakes the
/// worker when a message was written.
#[derive(Clone)]
pub struct Mail {
    pub config: MailConfig,
    bell: Arc<Notify>,
}

impl Mail {
    /// The site's address for links in messages: `ROUNDTABLE_BASE_URL`, else
    /// the address the request came to.
    pub fn base_url(&self, req: &actix_web::HttpRequest) -> String {
        self.config.base_url.clone().unwrap_or_else(|| {
            let info = req.connection_info();
            format!("{}://{}", info.scheme(), info.host())
        })
    }

    pub fn new(config: MailConfig) -> Self {
        Self {
            config,
            bell: Arc::new(Notify::new()),
        }
    }

    /// Tells the worker that the outbox has something new (after commit).
    pub fn ring(&self) {
        self.bell.notify_one();
    }

    /// Starts the worker when there is an SMTP server to send to.
    pub fn start(&self, db: DatabaseConnection) -> anyhow::Result<()> {
        let Some(url) = &self.config.smtp_url else {
            tracing::info!("no SMTP_URL: e-mails stay in the outbox (`roundtable outbox`)");
            return Ok(());
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from: Mailbox = self.config.from.parse()?;
        let bell = self.bell.clone();
        tokio::spawn(async move {
            loop {
                match send_due(&db, &transport, &from).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(sent = n, "outbox delivered"),
                    Err(e) => tracing::warn!(error = %format!("{e:#}"), "outbox delivery failed"),
                }
                // Woken by a new message, else every few seconds for retries.
                let _ = tokio::time::timeout(Duration::from_secs(5), bell.notified()).await;
            }
        });
        Ok(())
    }
}

/// Sends what is due; returns how many the SMTP server took.
async fn send_due(
    db: &DatabaseConnection,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
) -> anyhow::Result<usize> {
    let mut sent = 0;
    for m in db::outbox::due(db, 50).await? {
        let result = async {
            let message = Message::builder()
                .from(from.clone())
                .to(m.recipient.parse()?)
                .subject(m.subject.clone())
                .multipart(MultiPart::alternative_plain_html(
                    m.text.clone(),
                    m.html.clone(),
                ))?;
            transport.send(message).await?;
            anyhow::Ok(())
        }
        .await;
        match result {
            Ok(()) => {
                db::outbox::mark_sent(db, m.id).await?;
                sent += 1;
            }
            Err(e) => {
                tracing::warn!(id = m.id, error = %e, "an e-mail could not be sent; it will be retried");
                db::outbox::mark_failed(db, m.id, m.attempts + 1, &e.to_string()).await?;
            }
        }
    }
    Ok(sent)
}

/// The messages the service writes, in the recipient's language: plain text
/// and HTML alternatives, short, with the link back to the exact page.
pub mod letters {
    use crate::db::outbox::Letter;
    use crate::i18n::Lang;

    fn escape(text: &str) -> String {
        askama::filters::escape(text, askama::filters::Html)
            .map_or_else(|_| String::new(), |e| e.to_string())
    }

    /// The link that confirms an address, valid for a week, once.
    pub fn confirm_address(lang: Lang, to: &str, link: &str) -> Letter {
        letter(
            lang,
            to,
            "confirm_address",
            lang.t("mail-verify-subject"),
            &[lang.t("mail-verify-intro")],
            (lang.t("mail-verify-action"), link),
            &[lang.t("mail-verify-expiry"), lang.t("mail-verify-ignore")],
        )
    }

    /// An owner's invitation to join `organization`, valid for a week, once.
    pub fn invitation(
        lang: Lang,
        to: &str,
        organization: &str,
        invited_by: &str,
        link: &str,
    ) -> Letter {
        letter(
            lang,
            to,
            "invitation",
            lang.tr("mail-invite-subject", &[("organization", &organization)]),
            &[lang.tr(
                "mail-invite-intro",
                &[("organization", &organization), ("by", &invited_by)],
            )],
            (lang.t("mail-invite-action"), link),
            &[lang.t("mail-invite-expiry"), lang.t("mail-invite-ignore")],
        )
    }

    /// A short message: paragraphs, one link, notes; text and HTML.
    fn letter(
        lang: Lang,
        to: &str,
        kind: &'static str,
        subject: String,
        before: &[String],
        (action, link): (String, &str),
        after: &[String],
    ) -> Letter {
        let signature = lang.t("site-name");
        let text = format!(
            "{}\n\n{action}:\n{link}\n\n{}\n\n-- \n{signature}\n",
            before.join("\n\n"),
            after.join("\n")
        );
        let paragraphs = |ps: &[String]| {
            ps.iter()
                .map(|p| format!("<p>{}</p>", escape(p)))
                .collect::<String>()
        };
        let html = format!(
            "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><body>{before}<p><a href=\"{href}\">{action}</a></p>{after}<p>— {signature}</p></body></html>",
            code = lang.code(),
            dir = lang.dir(),
            before = paragraphs(before),
            href = escape(link),
            action = escape(&action),
            after = paragraphs(after),
            signature = escape(&signature),
        );
        Letter {
            recipient: to.to_owned(),
            kind,
            subject,
            text,
            html,
        }
    }

    /// The link to choose a new password, valid for an hour, once.
    pub fn password_reset(lang: Lang, to: &str, link: &str) -> Letter {
        letter(
            lang,
            to,
            "password_reset",
            lang.t("mail-reset-subject"),
            &[lang.t("mail-reset-intro")],
            (lang.t("mail-reset-action"), link),
            &[lang.t("mail-reset-expiry"), lang.t("mail-reset-ignore")],
        )
    }
}
