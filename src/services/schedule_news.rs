//! Telling participants of their schedule: when it is published, and when a
//! meeting is moved, added or removed afterwards. Each organization's
//! meetings are compared with what its people were last told
//! (`agenda_sent`); the difference goes out as a notification with an iTIP
//! calendar object — `METHOD:REQUEST` for new and moved meetings,
//! `METHOD:CANCEL` for removed ones, each meeting with its stable UID and a
//! `SEQUENCE` one higher with every message — so that calendar programs update their
//! entries instead of adding second ones. Run after every change of a
//! schedule; a change whose message was not written (a crash between the
//! two) is told with the next one, as the comparison is with what was told.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::{Deserialize, Serialize};

use crate::db;
use crate::domain::notification::Kind;
use crate::exports::agenda::{AgendaItem, Itip, itip};
use crate::i18n::{Lang, format};
use crate::services::agenda::{Reader, agenda_items};
use crate::services::mail::Mail;
use crate::services::match_index::MatchIndex;
use crate::services::notify::{self, News, Written};

/// A meeting as its participants were told of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Told {
    slot: usize,
    time: String,
    table: String,
    partners: Vec<String>,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    score: f64,
}

impl Told {
    fn of(item: &AgendaItem) -> Self {
        Told {
            slot: item.slot.0,
            time: item.time.clone(),
            table: item.table.clone(),
            partners: item.partners.clone(),
            topic: item.topic.clone(),
            score: item.score,
        }
    }

    /// Whether the meeting is at another time or table.
    fn moved_from(&self, before: &Told) -> bool {
        self.slot != before.slot || self.table != before.table
    }

    /// The agenda item of a meeting that is gone (for its cancellation).
    fn item(&self, calendar_key: &str) -> AgendaItem {
        AgendaItem {
            meeting_id: 0,
            calendar_key: calendar_key.to_owned(),
            slot: crate::domain::meeting::SlotIndex(self.slot),
            time: self.time.clone(),
            table: self.table.clone(),
            partners: self.partners.clone(),
            partner_slugs: Vec::new(),
            topic: self.topic.clone(),
            score: self.score,
            reasons: Vec::new(),
            outcome: None,
            note: String::new(),
        }
    }
}

/// What an organization's people were last told: their meetings, and the
/// `SEQUENCE` of the calendar entries sent then (one more with each message,
/// so that every update outranks the one before).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Sent {
    sequence: i64,
    meetings: BTreeMap<String, Told>,
}

/// What changed for one organization.
#[derive(Debug, Default)]
struct Changes {
    added: Vec<String>,
    moved: Vec<String>,
    removed: Vec<(String, Told)>,
}

/// Tells the participants of `event` what changed in their schedule since
/// they were last told; returns how many organizations were told.
pub async fn tell_changes(
    db: &DatabaseConnection,
    index: &MatchIndex,
    mail: &Mail,
    base_url: &str,
    event_slug: &str,
) -> anyhow::Result<usize> {
    let Some(event) = db::events::find_by_slug(db, event_slug).await? else {
        return Ok(0);
    };
    if event.scheduled_at.is_none() {
        return Ok(0);
    }
    let snapshot = index.current(db).await?;
    let meetings = db::meetings::list(db, event.id).await?;
    let participants = db::participants::list(db, event.id).await?;
    let organizer = mail
        .config
        .from
        .parse::<lettre::message::Mailbox>()
        .map_or_else(
            |_| "noreply@roundtable.invalid".to_owned(),
            |m| m.email.to_string(),
        );
    let now = Utc::now();
    let txn = db.begin().await?;
    let mut told = 0;
    for p in &participants {
        let org = p.organization_id;
        let items_of = |lang: Lang| {
            agenda_items(
                &event,
                &snapshot,
                &meetings,
                org,
                &participants,
                Reader::Itself,
                lang,
            )
        };
        let current: BTreeMap<String, Told> = items_of(Lang::En)
            .iter()
            .map(|i| (i.calendar_key.clone(), Told::of(i)))
            .collect();
        let before: Option<Sent> = db::notifications::agenda_told(&txn, event.id, org)
            .await?
            .and_then(|json| serde_json::from_str(&json).ok());
        let sequence = before.as_ref().map_or(0, |b| b.sequence + 1);
        let path = format!("/events/{}/agenda/{}", event.slug, p.slug);
        let itip_for = |keys: &[String], cancel: bool, gone: &[(String, Told)]| {
            let keys = keys.to_vec();
            let gone = gone.to_vec();
            let event = &event;
            let who = p.name.clone();
            let organizer = organizer.clone();
            move |lang: Lang, attendee: &str| {
                let items: Vec<AgendaItem> = if cancel {
                    gone.iter().map(|(k, t)| t.item(k)).collect()
                } else {
                    items_of(lang)
                        .into_iter()
                        .filter(|i| keys.contains(&i.calendar_key))
                        .collect()
                };
                let how = Itip {
                    cancel,
                    sequence,
                    organizer: &organizer,
                    attendee,
                };
                itip(lang, &event.spec, &event.slug, &who, &items, now, &how)
            }
        };
        match &before {
            None if current.is_empty() => {}
            None => {
                let count = current.len();
                let write = |lang: Lang| Written {
                    subject: lang.tr("schedule-published-subject", &[("event", &event.spec.name)]),
                    paragraphs: vec![
                        lang.tr(
                            "schedule-published-intro",
                            &[
                                ("org", &p.name),
                                ("count", &count),
                                ("event", &event.spec.name),
                                ("date", &format::full_date(lang, event.spec.date)),
                            ],
                        ),
                        lang.t("schedule-calendar-note"),
                    ],
                    action: lang.t("schedule-action"),
                };
                let keys: Vec<String> = current.keys().cloned().collect();
                let calendar = itip_for(&keys, false, &[]);
                let news = News {
                    kind: Kind::Schedule,
                    org,
                    path: path.clone(),
                    write: &write,
                    calendar: Some(&calendar),
                };
                notify::tell(&txn, base_url, &news).await?;
                told += 1;
            }
            Some(Sent {
                meetings: before, ..
            }) => {
                let mut changes = Changes::default();
                for (key, now_told) in &current {
                    match before.get(key) {
                        None => changes.added.push(key.clone()),
                        Some(was) if now_told.moved_from(was) => changes.moved.push(key.clone()),
                        Some(_) => {}
                    }
                }
                for (key, was) in before {
                    if !current.contains_key(key) {
                        changes.removed.push((key.clone(), was.clone()));
                    }
                }
                let line = |lang: Lang, id: &str, t: &Told| {
                    lang.tr(
                        id,
                        &[
                            ("time", &t.time),
                            ("table", &t.table),
                            ("partners", &t.partners.join(", ")),
                        ],
                    )
                };
                let changed: Vec<String> = changes
                    .added
                    .iter()
                    .chain(&changes.moved)
                    .cloned()
                    .collect();
                if !changed.is_empty() {
                    let write = |lang: Lang| {
                        let mut paragraphs =
                            vec![lang.tr("schedule-changed-intro", &[("event", &event.spec.name)])];
                        for key in &changes.added {
                            paragraphs.push(line(lang, "schedule-line-added", &current[key]));
                        }
                        for key in &changes.moved {
                            paragraphs.push(line(lang, "schedule-line-moved", &current[key]));
                        }
                        paragraphs.push(lang.t("schedule-calendar-note"));
                        Written {
                            subject: lang
                                .tr("schedule-changed-subject", &[("event", &event.spec.name)]),
                            paragraphs,
                            action: lang.t("schedule-action"),
                        }
                    };
                    let calendar = itip_for(&changed, false, &[]);
                    let news = News {
                        kind: Kind::Schedule,
                        org,
                        path: path.clone(),
                        write: &write,
                        calendar: Some(&calendar),
                    };
                    notify::tell(&txn, base_url, &news).await?;
                }
                if !changes.removed.is_empty() {
                    let write = |lang: Lang| {
                        let mut paragraphs =
                            vec![lang.tr("schedule-removed-intro", &[("event", &event.spec.name)])];
                        for (_, t) in &changes.removed {
                            paragraphs.push(line(lang, "schedule-line-removed", t));
                        }
                        paragraphs.push(lang.t("schedule-calendar-note"));
                        Written {
                            subject: lang
                                .tr("schedule-removed-subject", &[("event", &event.spec.name)]),
                            paragraphs,
                            action: lang.t("schedule-action"),
                        }
                    };
                    let calendar = itip_for(&[], true, &changes.removed);
                    let news = News {
                        kind: Kind::Schedule,
                        org,
                        path: path.clone(),
                        write: &write,
                        calendar: Some(&calendar),
                    };
                    notify::tell(&txn, base_url, &news).await?;
                }
                if changed.is_empty() && changes.removed.is_empty() {
                    continue;
                }
                told += 1;
            }
        }
        let json = serde_json::to_string(&Sent {
            sequence,
            meetings: current,
        })?;
        db::notifications::set_agenda_told(&txn, event.id, org, &json).await?;
    }
    txn.commit().await?;
    mail.ring();
    Ok(told)
}

/// Writes the day-before reminders of the events that take place tomorrow
/// (in each event's time zone) and whose reminders were not written yet:
/// to each participant with meetings, its agenda as lines and a link to the
/// agenda page. Returns how many organizations were reminded; nothing while
/// the site's address is not known (no `ROUNDTABLE_BASE_URL` and no request
/// yet).
pub async fn send_reminders(
    db: &DatabaseConnection,
    mail: &Mail,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<usize> {
    use chrono::TimeZone;
    let Some(base_url) = mail.known_base_url() else {
        return Ok(0);
    };
    let today = now.date_naive();
    let candidates: Vec<chrono::NaiveDate> = (0..=2)
        .filter_map(|d| today.checked_add_days(chrono::Days::new(d)))
        .collect();
    let mut reminded = 0;
    for event in db::events::to_remind(db, &candidates).await? {
        let local_today = event
            .spec
            .time_zone
            .from_utc_datetime(&now.naive_utc())
            .date_naive();
        if local_today.succ_opt() != Some(event.spec.date) {
            continue;
        }
        let txn = db.begin().await?;
        if !db::events::mark_reminded(&txn, event.id).await? {
            continue;
        }
        let meetings = db::meetings::list(&txn, event.id).await?;
        let participants = db::participants::list(&txn, event.id).await?;
        let name_of = |id: i32| {
            participants
                .iter()
                .find(|p| p.organization_id == id)
                .map_or_else(|| "—".to_owned(), |p| p.name.clone())
        };
        for p in &participants {
            let mut mine: Vec<&crate::domain::meeting::Meeting> = meetings
                .iter()
                .filter(|m| m.includes(p.organization_id))
                .collect();
            if mine.is_empty() {
                continue;
            }
            mine.sort_by_key(|m| m.slot);
            let count = mine.len();
            let write = |lang: Lang| {
                let mut paragraphs = vec![lang.tr(
                    "reminder-intro",
                    &[
                        ("org", &p.name),
                        ("count", &count),
                        ("event", &event.spec.name),
                        ("date", &format::full_date(lang, event.spec.date)),
                        ("venue", &event.spec.venue),
                    ],
                )];
                for m in &mine {
                    let partners: Vec<String> =
                        m.partners_of(p.organization_id).map(name_of).collect();
                    paragraphs.push(lang.tr(
                        "reminder-line",
                        &[
                            ("time", &event.spec.slot_label(m.slot)),
                            ("table", &event.spec.table_name(m.table)),
                            ("partners", &partners.join(", ")),
                        ],
                    ));
                }
                Written {
                    subject: lang.tr("reminder-subject", &[("event", &event.spec.name)]),
                    paragraphs,
                    action: lang.t("schedule-action"),
                }
            };
            let news = News {
                kind: Kind::Reminder,
                org: p.organization_id,
                path: format!("/events/{}/agenda/{}", event.slug, p.slug),
                write: &write,
                calendar: None,
            };
            notify::tell(&txn, &base_url, &news).await?;
            reminded += 1;
        }
        txn.commit().await?;
    }
    if reminded > 0 {
        mail.ring();
    }
    Ok(reminded)
}
