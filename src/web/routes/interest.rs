//! Marking a suggestion: `POST /organizations/{slug}/matches/{partner}/interest`
//! sets "interested" or "not interested", or clears the mark; a new mutual
//! interest is told to the partner's people.

use actix_web::{HttpResponse, post, web};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use crate::db;
use crate::domain::interest::Mark;
use crate::services::match_index::MatchIndex;
use crate::web::error::AppError;
use crate::web::extract::CsrfForm;
use crate::web::next::safe_next;
use crate::web::respond::see_other;
use crate::web::visitor::Visitor;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InterestForm {
    state: String,
    return_to: String,
}

/// Marks a suggestion "interested" or "not interested", or clears the mark.
#[post("/organizations/{slug}/matches/{partner}/interest")]
pub async fn set_interest(
    form: CsrfForm<InterestForm>,
    req: actix_web::HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    index: web::Data<MatchIndex>,
    mail: web::Data<crate::services::mail::Mail>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, partner) = path.into_inner();
    // Where to go back to is checked before anything is written.
    let back = match safe_next(&form.return_to) {
        Some(r) if r.starts_with(&format!("/organizations/{slug}/")) && !r.contains("//") => {
            r.to_owned()
        }
        _ => format!("/organizations/{slug}/matches"),
    };
    let user = visitor.require_user(&format!("/organizations/{slug}/matches"))?;
    let me = db::organizations::find_by_slug(db.get_ref(), &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    if me.org.id != user.organization_id {
        return Err(AppError::Forbidden("error-mark-own-only"));
    }
    let other = db::organizations::find_by_slug(db.get_ref(), &partner)
        .await?
        .ok_or(AppError::NotFound)?;
    if other.org.id == me.org.id {
        return Err(AppError::BadRequest(crate::i18n::message(
            "refused-mark-self",
            &[],
        )));
    }
    let mark = match form.state.as_str() {
        "interested" => Some(Mark::Interested),
        "not_interested" => Some(Mark::NotInterested),
        "clear" => None,
        _ => {
            return Err(AppError::BadRequest(crate::i18n::message(
                "refused-mark-choice",
                &[],
            )));
        }
    };
    let scored_with = match mark {
        Some(_) => index
            .current(db.get_ref())
            .await?
            .scored_with(me.org.id, other.org.id),
        None => None,
    };
    let txn = sea_orm::TransactionTrait::begin(db.get_ref()).await?;
    let marks = db::interests::of(&txn, me.org.id).await?;
    match mark {
        Some(mark) => {
            db::interests::set(&txn, me.org.id, other.org.id, mark, scored_with).await?;
        }
        None => db::interests::clear(&txn, me.org.id, other.org.id).await?,
    }
    // Mutual now, and not before: the partner had marked interest first.
    let now_mutual =
        mark == Some(Mark::Interested) && marks.interested_in_me.contains(&other.org.id);
    if now_mutual && !marks.is_mutual(other.org.id) {
        // Its people hear it is mutual.
        let name = me.org.name.clone();
        let write = |lang: crate::i18n::Lang| crate::services::notify::Written {
            subject: lang.tr("notify-mutual-subject", &[("org", &name)]),
            paragraphs: vec![lang.tr("notify-mutual-intro", &[("org", &name)])],
            action: lang.t("notify-mutual-action"),
        };
        let news = crate::services::notify::News {
            kind: crate::domain::notification::Kind::Mutual,
            org: other.org.id,
            path: format!("/organizations/{}/mutual", other.org.slug),
            write: &write,
            calendar: None,
        };
        crate::services::notify::tell(&txn, &mail.base_url(&req), &news).await?;
    }
    txn.commit().await?;
    mail.ring();
    // Back to the same suggestion on the list, not to the top of the page.
    Ok(see_other(format!("{back}#s-{}", other.org.slug)))
}
