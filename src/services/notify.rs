//! Notifications: news told by e-mail to the people of the organization it
//! concerns, each in their own language and as they chose for its kind — at
//! once, in a daily digest, or not at all — and only to confirmed addresses.
//! Written into the outbox (or the digest) in the caller's transaction; every
//! message carries a one-click unsubscribe address (`List-Unsubscribe`,
//! RFC 8058) and a link to the settings.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, TransactionTrait};

use crate::db;
use crate::db::notifications::Recipient;
use crate::domain::notification::{Kind, Mode};
use crate::i18n::Lang;
use crate::services::mail::letters::{self, Body};

/// A digest goes out once its oldest item is a day old.
pub const DIGEST_SECONDS: i64 = 24 * 3600;

/// What a piece of news says, in one language.
pub struct Written {
    pub subject: String,
    pub paragraphs: Vec<String>,
    /// The label of the link back to the page.
    pub action: String,
}

/// An iTIP calendar object in a language, for an attendee's address.
pub type CalendarFor<'a> = &'a (dyn Fn(Lang, &str) -> String + Sync);

/// News for the people of an organization.
pub struct News<'a> {
    pub kind: Kind,
    /// Whose people are told.
    pub org: i32,
    /// The page to act on (`/events/x#requests`).
    pub path: String,
    /// Subject, paragraphs and action in a language.
    pub write: &'a (dyn Fn(Lang) -> Written + Sync),
    /// An iTIP calendar object to send with it, in a language and for an
    /// attendee's address.
    pub calendar: Option<CalendarFor<'a>>,
}

/// The address of `kind`'s one-click unsubscribe link for `key`
/// (`digest` for the daily digest).
pub fn unsubscribe_url(base_url: &str, key: &str, kind: &str) -> String {
    format!("{base_url}/unsubscribe/{key}/{kind}")
}

fn language(r: &Recipient) -> Lang {
    Lang::parse(&r.language).unwrap_or(Lang::En)
}

/// Tells the news to every person of `news.org` who wants it; returns how
/// many messages or digest items were written.
pub async fn tell<C: ConnectionTrait>(
    db: &C,
    base_url: &str,
    news: &News<'_>,
) -> Result<usize, DbErr> {
    let recipients = db::notifications::recipients(db, news.org, news.kind).await?;
    let link = format!("{base_url}{}", news.path);
    for r in &recipients {
        let lang = language(r);
        let written = (news.write)(lang);
        if r.mode == Mode::Digest {
            db::notifications::add_to_digest(
                db,
                r.account_id,
                news.kind,
                &written.subject,
                &link,
                base_url,
            )
            .await?;
            continue;
        }
        let unsubscribe = unsubscribe_url(base_url, &r.mail_key, news.kind.as_str());
        let body = Body {
            subject: written.subject,
            before: written.paragraphs,
            action: Some((written.action, link.clone())),
            links: footer(lang, base_url, &unsubscribe),
            after: Vec::new(),
        };
        let mut letter = letters::letter(lang, &r.email, news.kind.as_str(), body);
        letter.list_unsubscribe = unsubscribe;
        if let Some(calendar) = news.calendar {
            letter.calendar = calendar(lang, &r.email);
        }
        db::outbox::enqueue(db, letter).await?;
    }
    Ok(recipients.len())
}

/// The links at the foot of every notification.
fn footer(lang: Lang, base_url: &str, unsubscribe: &str) -> Vec<(String, String)> {
    vec![
        (
            lang.t("mail-footer-settings"),
            format!("{base_url}/settings/notifications"),
        ),
        (lang.t("mail-footer-unsubscribe"), unsubscribe.to_owned()),
    ]
}

/// Writes the digests that are due (oldest item older than `before`, unix
/// seconds) into the outbox, one message per account with every item, each
/// in its own transaction; returns how many.
pub async fn send_digests(db: &DatabaseConnection, before: i64) -> Result<usize, DbErr> {
    let due = db::notifications::digests_due(db, before).await?;
    let mut written = 0;
    for account in due {
        let txn = db.begin().await?;
        let items = db::notifications::take_digest(&txn, account).await?;
        let Some(found) = db::accounts::find(&txn, account).await? else {
            continue;
        };
        let Some(first) = items.first() else {
            continue;
        };
        if !found.email_verified {
            // Its address changed since: nothing goes to an unconfirmed one.
            txn.commit().await?;
            continue;
        }
        let lang = Lang::parse(&found.language).unwrap_or(Lang::En);
        let base_url = first.base_url.clone();
        let key = db::notifications::mail_key(&txn, account).await?;
        let mut links: Vec<(String, String)> = items
            .iter()
            .map(|i| (i.line.clone(), i.link.clone()))
            .collect();
        let unsubscribe = key.map_or_else(
            || format!("{base_url}/settings/notifications"),
            |k| unsubscribe_url(&base_url, &k, "digest"),
        );
        let foot = footer(lang, &base_url, &unsubscribe);
        let count = items.len();
        let body = Body {
            subject: lang.tr("digest-subject", &[("count", &count)]),
            before: vec![lang.t("digest-intro")],
            action: None,
            links: {
                links.extend(foot);
                links
            },
            after: Vec::new(),
        };
        let mut letter = letters::letter(lang, &found.email, "digest", body);
        letter.list_unsubscribe = unsubscribe;
        db::outbox::enqueue(&txn, letter).await?;
        txn.commit().await?;
        written += 1;
    }
    Ok(written)
}

/// Starts the task that writes what is due by the clock — daily digests and
/// the day-before reminders of events — once a minute, with or without an
/// SMTP server (without one, the messages wait in the outbox).
pub fn start_clock(
    db: DatabaseConnection,
    mail: actix_web::web::Data<crate::services::mail::Mail>,
) {
    tokio::spawn(async move {
        loop {
            let now = chrono::Utc::now();
            match send_digests(&db, now.timestamp() - DIGEST_SECONDS).await {
                Ok(0) => {}
                Ok(n) => {
                    tracing::info!(digests = n, "digests written");
                    mail.ring();
                }
                Err(e) => tracing::warn!(error = %e, "digests could not be written"),
            }
            match crate::services::schedule_news::send_reminders(&db, &mail, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(organizations = n, "event reminders written"),
                Err(e) => {
                    tracing::warn!(error = %format!("{e:#}"), "event reminders could not be written");
                }
            }
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        }
    });
}
