//! Schedule news by e-mail: the publication of a schedule, and a meeting
//! moved or removed after it, reach the participants as iTIP messages (a
//! real SMTP server, each message read by a MIME parser and its calendar by
//! an iCalendar parser): the same UID throughout, a higher SEQUENCE each
//! time, METHOD:REQUEST then METHOD:CANCEL.

use reqwest::StatusCode;

use crate::helpers::events::{cast, create_event, join};
use crate::helpers::mail::{SmtpServer, confirm};
use crate::helpers::{TestOrganizer, attr_of, spawn_app_with_smtp};

/// The newest message to `to` whose subject is `subject`, waiting up to 15 s.
async fn wait_for_subject(smtp: &SmtpServer, to: &str, subject: &str) -> Vec<u8> {
    let started = std::time::Instant::now();
    loop {
        let found = smtp.received().into_iter().rev().find(|raw| {
            let m = crate::helpers::mail::parse(raw);
            m.to.contains(to) && m.subject == subject
        });
        if let Some(raw) = found {
            return raw;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(15),
            "no message “{subject}” to {to}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// The calendar part of a message (its iTIP method and text), and whether
/// the same calendar is attached as `invite.ics`.
fn calendar_of(raw: &[u8]) -> (String, String, bool) {
    fn walk<'a>(part: &'a mailparse::ParsedMail<'a>, out: &mut Vec<&'a mailparse::ParsedMail<'a>>) {
        out.push(part);
        for sub in &part.subparts {
            walk(sub, out);
        }
    }
    let mail = mailparse::parse_mail(raw).expect("a MIME message");
    let mut parts = Vec::new();
    walk(&mail, &mut parts);
    let calendar = parts
        .iter()
        .find(|p| p.ctype.mimetype == "text/calendar")
        .expect("a text/calendar part");
    let method = calendar
        .ctype
        .params
        .get("method")
        .cloned()
        .unwrap_or_default();
    let attached = parts.iter().any(|p| {
        p.get_content_disposition()
            .params
            .get("filename")
            .is_some_and(|f| f == "invite.ics")
    });
    (method, calendar.get_body().expect("a calendar"), attached)
}

/// A calendar entry as a calendar program reads it.
#[derive(Debug)]
struct Entry {
    uid: String,
    sequence: i64,
    start: String,
    location: String,
    status: String,
}

/// The method and events of an iCalendar text, read by a real parser.
fn events_of(text: &str) -> (String, Vec<Entry>) {
    use icalendar::Component;
    let calendar: icalendar::Calendar = text.parse().expect("a valid calendar");
    let method = calendar
        .properties
        .iter()
        .find(|p| p.key() == "METHOD")
        .map(|p| p.value().to_owned())
        .unwrap_or_default();
    let events = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            icalendar::CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            let prop = |k: &str| e.property_value(k).unwrap_or_default().to_owned();
            Entry {
                uid: prop("UID"),
                sequence: prop("SEQUENCE").parse().expect("a SEQUENCE"),
                start: prop("DTSTART"),
                location: prop("LOCATION"),
                status: prop("STATUS"),
            }
        })
        .collect();
    (method, events)
}

#[tokio::test]
async fn a_published_then_moved_then_removed_meeting_updates_one_calendar_entry() {
    use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};
    let smtp = SmtpServer::start();
    let app = spawn_app_with_smtp(&smtp.url()).await;
    let host = TestOrganizer::new(&app).await;
    let event = create_event(&app, &host, &[]).await;
    let orgs = cast(&app).await;
    for o in &orgs {
        join(&app, o, &event).await;
        confirm(&app, &o.email).await;
    }
    let island = &orgs[0];
    crate::helpers::events::build(&app, &host, &event).await;

    // Published: one message with every meeting of the island, as an iTIP
    // request a calendar program adds.
    let en = roundtable::i18n::Lang::En;
    let name = "Global Roundtable";
    let published = en.tr("schedule-published-subject", &[("event", &name)]);
    let raw = wait_for_subject(&smtp, &island.email, &published).await;
    let (method, text, attached) = calendar_of(&raw);
    assert_eq!(method, "REQUEST");
    assert!(attached, "the calendar is attached too");
    let (inner, events) = events_of(&text);
    assert_eq!(inner, "REQUEST");
    let org = entity::organization::Entity::find()
        .filter(entity::organization::Column::Slug.eq(&island.slug))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mine = entity::meeting::Entity::find()
        .filter(
            Condition::any()
                .add(entity::meeting::Column::OrgA.eq(org.id))
                .add(entity::meeting::Column::OrgB.eq(org.id)),
        )
        .all(&app.db)
        .await
        .unwrap();
    assert!(!mine.is_empty(), "the island has meetings");
    assert_eq!(events.len(), mine.len(), "one entry per meeting");
    let first = mine
        .iter()
        .find(|m| m.org_c.is_none())
        .expect("a meeting of two");
    let (a, b) = (first.org_a.min(first.org_b), first.org_a.max(first.org_b));
    let uid = format!("meeting-{a}-{b}@{event}.roundtable");
    let entry = events
        .iter()
        .find(|e| e.uid == uid)
        .expect("the meeting's UID");
    assert_eq!(entry.sequence, 0, "first SEQUENCE");
    assert_eq!(entry.status, "CONFIRMED");

    // Moved: the same UID with a higher SEQUENCE and the new place.
    let move_page = format!("/events/{event}/meetings/{}/move", first.id);
    let page = app.get_page_with(&host.client, &move_page).await;
    let place = attr_of(&page.html, "select#place option", "value").expect("a free place");
    let r = app
        .submit_with(&host.client, &move_page, &move_page, &[("place", &place)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let changed = en.tr("schedule-changed-subject", &[("event", &name)]);
    let raw = wait_for_subject(&smtp, &island.email, &changed).await;
    let (method, text, _) = calendar_of(&raw);
    assert_eq!(method, "REQUEST");
    let (_, events) = events_of(&text);
    assert_eq!(events.len(), 1, "only what changed");
    let moved = &events[0];
    assert_eq!(moved.uid, uid, "the same entry");
    assert!(
        moved.sequence > entry.sequence,
        "a higher SEQUENCE: {} > {}",
        moved.sequence,
        entry.sequence
    );
    assert!(
        (moved.start.as_str(), moved.location.as_str())
            != (entry.start.as_str(), entry.location.as_str()),
        "a new time or table"
    );
    // The partner is told too.
    let other = if first.org_a == org.id {
        first.org_b
    } else {
        first.org_a
    };
    let other_slug = entity::organization::Entity::find_by_id(other)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .slug;
    let partner = orgs
        .iter()
        .find(|o| o.slug == other_slug)
        .expect("the partner");
    wait_for_subject(&smtp, &partner.email, &changed).await;

    // Removed: a cancellation of the same entry, higher again.
    let schedule = format!("/events/{event}/schedule");
    let remove = format!("/events/{event}/meetings/{}/remove", first.id);
    let r = app
        .submit_with(&host.client, &schedule, &remove, &[("confirm", "yes")])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let cancelled = en.tr("schedule-removed-subject", &[("event", &name)]);
    let raw = wait_for_subject(&smtp, &island.email, &cancelled).await;
    let (method, text, _) = calendar_of(&raw);
    assert_eq!(method, "CANCEL");
    let (inner, events) = events_of(&text);
    assert_eq!(inner, "CANCEL");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].uid, uid);
    assert!(events[0].sequence > moved.sequence);
    assert_eq!(events[0].status, "CANCELLED");
}
