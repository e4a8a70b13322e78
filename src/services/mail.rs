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
    /// The address the site was last reached at (for messages written
    /// without a request, when `ROUNDTABLE_BASE_URL` is not set).
    seen_base: Arc<std::sync::RwLock<Option<String>>>,
}

impl Mail {
    /// The site's address for links in messages: `ROUNDTABLE_BASE_URL`, else
    /// the address the request came to.
    pub fn base_url(&self, req: &actix_web::HttpRequest) -> String {
        self.config.base_url.clone().unwrap_or_else(|| {
            let info = req.connection_info();
            let base = format!("{}://{}", info.scheme(), info.host());
            if let Ok(mut seen) = self.seen_base.write() {
                seen.replace(base.clone());
            }
            base
        })
    }

    /// The site's address for messages written without a request:
    /// `ROUNDTABLE_BASE_URL`, else the address a request last came to.
    pub fn known_base_url(&self) -> Option<String> {
        self.config
            .base_url
            .clone()
            .or_else(|| self.seen_base.read().ok().and_then(|s| s.clone()))
    }

    pub fn new(config: MailConfig) -> Self {
        Self {
            config,
            bell: Arc::new(Notify::new()),
            seen_base: Arc::default(),
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

/// The message of an outbox row: plain text and HTML; with a one-click
/// unsubscribe address, `List-Unsubscribe` and `List-Unsubscribe-Post`
/// (RFC 8058); with a calendar object, a `text/calendar` alternative with its
/// iTIP method (so that calendar programs offer to add or update the entry)
/// and the same object attached as `invite.ics`.
fn build(m: &entity::outbox::Model, from: &Mailbox) -> anyhow::Result<Message> {
    use lettre::message::header::{ContentType, HeaderName, HeaderValue};
    use lettre::message::{Attachment, SinglePart};
    let mut builder = Message::builder()
        .from(from.clone())
        .to(m.recipient.parse()?)
        .subject(m.subject.clone());
    if !m.list_unsubscribe.is_empty() {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{}>", m.list_unsubscribe),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    let text = MultiPart::alternative_plain_html(m.text.clone(), m.html.clone());
    if m.calendar.is_empty() {
        return Ok(builder.multipart(text)?);
    }
    let method = if m.calendar.contains("\r\nMETHOD:CANCEL\r\n") {
        "CANCEL"
    } else {
        "REQUEST"
    };
    let calendar_type =
        ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))?;
    let alternative = text.singlepart(
        SinglePart::builder()
            .content_type(calendar_type)
            .body(m.calendar.clone()),
    );
    let attachment = Attachment::new("invite.ics".to_owned())
        .body(m.calendar.clone(), ContentType::parse("application/ics")?);
    Ok(builder.multipart(
        MultiPart::mixed()
            .multipart(alternative)
            .singlepart(attachment),
    )?)
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
            let message = build(&m, from)?;
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

    /// What a message says.
    #[derive(Debug, Clone, Default)]
    pub struct Body {
        pub subject: String,
        pub before: Vec<String>,
        /// The one thing to do: its label and address.
        pub action: Option<(String, String)>,
        /// More links, each on its line: label and address.
        pub links: Vec<(String, String)>,
        pub after: Vec<String>,
    }

    /// The link that confirms an address, valid for a week, once.
    pub fn confirm_address(lang: Lang, to: &str, link: &str) -> Letter {
        letter(
            lang,
            to,
            "confirm_address",
            Body {
                subject: lang.t("mail-verify-subject"),
                before: vec![lang.t("mail-verify-intro")],
                action: Some((lang.t("mail-verify-action"), link.to_owned())),
                after: vec![lang.t("mail-verify-expiry"), lang.t("mail-verify-ignore")],
                ..Body::default()
            },
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
            Body {
                subject: lang.tr("mail-invite-subject", &[("organization", &organization)]),
                before: vec![lang.tr(
                    "mail-invite-intro",
                    &[("organization", &organization), ("by", &invited_by)],
                )],
                action: Some((lang.t("mail-invite-action"), link.to_owned())),
                after: vec![lang.t("mail-invite-expiry"), lang.t("mail-invite-ignore")],
                ..Body::default()
            },
        )
    }

    /// To the old address of an account: it was changed to `new`.
    pub fn email_changed(lang: Lang, old: &str, new: &str) -> Letter {
        letter(
            lang,
            old,
            "email_changed",
            Body {
                subject: lang.t("mail-email-changed-subject"),
                before: vec![lang.tr("mail-email-changed-intro", &[("old", &old), ("new", &new)])],
                after: vec![lang.t("mail-email-changed-ignore")],
                ..Body::default()
            },
        )
    }

    /// To an account made an organizer of `event` by `by`.
    pub fn organizer_added(lang: Lang, to: &str, event: &str, by: &str, link: &str) -> Letter {
        letter(
            lang,
            to,
            "organizer_added",
            Body {
                subject: lang.tr("mail-organizer-subject", &[("event", &event)]),
                before: vec![lang.tr("mail-organizer-intro", &[("event", &event), ("by", &by)])],
                action: Some((lang.t("mail-organizer-action"), link.to_owned())),
                ..Body::default()
            },
        )
    }

    /// The link to choose a new password, valid for an hour, once.
    pub fn password_reset(lang: Lang, to: &str, link: &str) -> Letter {
        letter(
            lang,
            to,
            "password_reset",
            Body {
                subject: lang.t("mail-reset-subject"),
                before: vec![lang.t("mail-reset-intro")],
                action: Some((lang.t("mail-reset-action"), link.to_owned())),
                after: vec![lang.t("mail-reset-expiry"), lang.t("mail-reset-ignore")],
                ..Body::default()
            },
        )
    }

    /// A message: paragraphs, the link to act on, more links, notes; text
    /// and HTML.
    pub fn letter(lang: Lang, to: &str, kind: &'static str, body: Body) -> Letter {
        let signature = lang.t("site-name");
        let mut text = body.before.join("\n\n");
        if let Some((action, link)) = &body.action {
            text.push_str(&format!("\n\n{action}:\n{link}"));
        }
        if !body.links.is_empty() {
            text.push('\n');
            for (label, link) in &body.links {
                text.push_str(&format!("\n- {label}\n  {link}"));
            }
        }
        if !body.after.is_empty() {
            text.push_str(&format!("\n\n{}", body.after.join("\n")));
        }
        text.push_str(&format!("\n\n-- \n{signature}\n"));
        let paragraphs = |ps: &[String]| {
            ps.iter()
                .map(|p| format!("<p>{}</p>", escape(p)))
                .collect::<String>()
        };
        let action = body
            .action
            .as_ref()
            .map_or_else(String::new, |(label, link)| {
                format!("<p><a href=\"{}\">{}</a></p>", escape(link), escape(label))
            });
        let links = if body.links.is_empty() {
            String::new()
        } else {
            let items: String = body
                .links
                .iter()
                .map(|(label, link)| {
                    format!(
                        "<li><a href=\"{}\">{}</a></li>",
                        escape(link),
                        escape(label)
                    )
                })
                .collect();
            format!("<ul>{items}</ul>")
        };
        let html = format!(
            "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><body>{before}{action}{links}{after}<p>— {signature}</p></body></html>",
            code = lang.code(),
            dir = lang.dir(),
            before = paragraphs(&body.before),
            after = paragraphs(&body.after),
            signature = escape(&signature),
        );
        Letter {
            recipient: to.to_owned(),
            kind,
            subject: body.subject,
            text,
            html,
            list_unsubscribe: String::new(),
            calendar: String::new(),
        }
    }
}
