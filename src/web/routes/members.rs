//! The people of an organization.
//!
//! `/organizations/{slug}/members` lists them to the organization's own
//! people; owners invite colleagues by e-mail (the invitation, in the outbox,
//! is written in the transaction that creates it), make them owners or
//! members, withdraw invitations, remove people and choose who sees the
//! organization. Anyone may leave, except the last owner. Accepting an
//! invitation: [`super::invitations`]; the organization's data:
//! [`super::organization_data`].

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use sea_orm::{DatabaseConnection, TransactionTrait};
use serde::Deserialize;

use crate::db::members::Refused;
use crate::db::{self, throttle};
use crate::domain::account::{Email, OrgRole};
use crate::domain::organization::Organization;
use crate::services::mail::{Mail, letters};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, NoFields};
use crate::web::respond::{render, see_other, see_other_with_cookies};
use crate::web::visitor::{CurrentUser, Visitor};

pub struct MemberView {
    pub id: i32,
    pub email: String,
    pub owner: bool,
    pub verified: bool,
    pub since: String,
    /// The person looking at the page.
    pub me: bool,
    /// The organization's only owner: can neither step down nor leave.
    pub sole_owner: bool,
}

pub struct PendingView {
    pub id: i32,
    pub email: String,
    pub owner: bool,
    pub invited_by: String,
    pub until: String,
}

#[derive(Template)]
#[template(path = "members/members.html")]
struct MembersPage {
    visitor: Visitor,
    name: String,
    slug: String,
    members: Vec<MemberView>,
    pending: Vec<PendingView>,
    /// Whether the visitor manages the members.
    owner: bool,
    /// The organization is out of the public directory.
    hidden: bool,
    /// The invitation form as sent, and what is wrong with it.
    email: String,
    invite_owner: bool,
    error: Option<String>,
    /// What the last action did (a message id).
    notice: Option<&'static str>,
}

/// Back to the People page, saying what was done.
fn back_to_people(slug: &str, done: &str) -> HttpResponse {
    see_other(format!("/organizations/{slug}/members?done={done}"))
}

/// The organization of `slug`, if the visitor is one of its people.
pub(super) async fn own_organization(
    visitor: &Visitor,
    db: &DatabaseConnection,
    slug: &str,
) -> Result<(CurrentUser, Organization), AppError> {
    let user = visitor.require_user(&format!("/organizations/{slug}/members"))?;
    let org = db::organizations::find_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?
        .org;
    if user.organization_id != org.id {
        return Err(AppError::Forbidden("error-members-own-only"));
    }
    Ok((user.clone(), org))
}

struct Shown {
    status: StatusCode,
    email: String,
    invite_owner: bool,
    error: Option<String>,
    notice: Option<&'static str>,
}

impl Shown {
    fn plain(notice: Option<&'static str>) -> Self {
        Shown {
            status: StatusCode::OK,
            email: String::new(),
            invite_owner: false,
            error: None,
            notice,
        }
    }

    fn refused(error: String) -> Self {
        Shown {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            error: Some(error),
            ..Shown::plain(None)
        }
    }
}

/// The organization of `slug`, if the visitor is one of its owners.
pub(super) async fn owned_organization(
    visitor: &Visitor,
    db: &DatabaseConnection,
    slug: &str,
) -> Result<(CurrentUser, Organization), AppError> {
    let (user, org) = own_organization(visitor, db, slug).await?;
    if !user.owns(org.id) {
        return Err(AppError::Forbidden("error-members-owners-only"));
    }
    Ok((user, org))
}

/// The page again, with what was refused and why.
pub(super) async fn refused(
    visitor: Visitor,
    db: &DatabaseConnection,
    user: &CurrentUser,
    org: Organization,
    error: String,
) -> Result<HttpResponse, AppError> {
    members_page(visitor, db, user, org, Shown::refused(error)).await
}

async fn members_page(
    visitor: Visitor,
    db: &DatabaseConnection,
    user: &CurrentUser,
    org: Organization,
    shown: Shown,
) -> Result<HttpResponse, AppError> {
    let lang = visitor.lang;
    let people = db::members::list(db, org.id).await?;
    let owners = people
        .iter()
        .filter(|m| m.org_role == OrgRole::Owner)
        .count();
    let members = people
        .into_iter()
        .map(|m| MemberView {
            sole_owner: m.org_role == OrgRole::Owner && owners == 1,
            id: m.account_id,
            me: m.account_id == user.account_id,
            owner: m.org_role == OrgRole::Owner,
            verified: m.email_verified,
            since: crate::i18n::format::date(lang, m.since.date_naive()),
            email: m.email,
        })
        .collect();
    let owner = user.owns(org.id);
    let pending = if owner {
        db::members::pending(db, org.id)
            .await?
            .into_iter()
            .map(|p| PendingView {
                id: p.id,
                owner: p.org_role == OrgRole::Owner,
                until: chrono::DateTime::from_timestamp(p.expires_at, 0)
                    .map(|d| crate::i18n::format::date(lang, d.date_naive()))
                    .unwrap_or_default(),
                email: p.email,
                invited_by: p.invited_by,
            })
            .collect()
    } else {
        Vec::new()
    };
    render(
        shown.status,
        &MembersPage {
            visitor,
            hidden: org.hidden,
            name: org.name,
            slug: org.slug,
            members,
            pending,
            owner,
            email: shown.email,
            invite_owner: shown.invite_owner,
            error: shown.error,
            notice: shown.notice,
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

#[get("/organizations/{slug}/members")]
pub async fn list(
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let (user, org) = own_organization(&visitor, &db, &slug).await?;
    let notice = match query.done.as_str() {
        "invited" => Some("members-invited"),
        "withdrawn" => Some("members-withdrawn"),
        "removed" => Some("members-removed"),
        "role" => Some("members-role-changed"),
        "joined" => Some("members-joined"),
        "visibility" => Some("visibility-saved"),
        "kept" => Some("data-delete-kept"),
        _ => None,
    };
    members_page(visitor, &db, &user, org, Shown::plain(notice)).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    email: String,
    /// `owner` or `member` (the default).
    role: String,
}

/// An owner invites a colleague by e-mail.
#[post("/organizations/{slug}/members")]
pub async fn invite(
    form: CsrfForm<InviteForm>,
    req: HttpRequest,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    mail: web::Data<Mail>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (user, org) = owned_organization(&visitor, &db, &slug).await?;
    let form = form.into_inner();
    let role = OrgRole::from_stored(&form.role);
    let again = |error: String| Shown {
        email: form.email.clone(),
        invite_owner: role == OrgRole::Owner,
        ..Shown::refused(error)
    };
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            let shown = again(visitor.msg(&e));
            return members_page(visitor, &db, &user, org, shown).await;
        }
    };
    if let Some(account) = db::accounts::find_by_email(db.get_ref(), email.as_str()).await? {
        let id = if account.organization_id == org.id {
            "members-already"
        } else {
            "members-elsewhere"
        };
        let shown = again(visitor.t(id));
        return members_page(visitor, &db, &user, org, shown).await;
    }
    let key = throttle::invitation_key(org.id);
    if throttle::attempt(
        db.get_ref(),
        &[(key.as_str(), throttle::MAX_INVITATIONS_PER_ORG)],
    )
    .await?
    .is_none()
    {
        tracing::warn!(organization = %org.slug, "invitations throttled");
        let shown = again(visitor.t("members-too-many"));
        return members_page(visitor, &db, &user, org, shown).await;
    }
    let txn = db.begin().await?;
    let token = db::members::invite(&txn, org.id, email.as_str(), role, &user.email).await?;
    let link = format!("{}/invitations/{token}", mail.base_url(&req));
    db::outbox::enqueue(
        &txn,
        letters::invitation(visitor.lang, email.as_str(), &org.name, &user.email, &link),
    )
    .await?;
    txn.commit().await?;
    mail.ring();
    tracing::info!(organization = %org.slug, "invitation written to the outbox");
    Ok(back_to_people(&org.slug, "invited"))
}

/// An owner withdraws an invitation.
#[post("/organizations/{slug}/invitations/{id}/withdraw")]
pub async fn withdraw(
    _: CsrfForm<NoFields>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let (_, org) = owned_organization(&visitor, &db, &slug).await?;
    if !db::members::withdraw(db.get_ref(), org.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(back_to_people(&org.slug, "withdrawn"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    role: String,
}

/// An owner makes someone an owner or a member.
#[post("/organizations/{slug}/members/{id}/role")]
pub async fn set_role(
    form: CsrfForm<RoleForm>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let (user, org) = owned_organization(&visitor, &db, &slug).await?;
    let role = match form.role.as_str() {
        "owner" => OrgRole::Owner,
        "member" => OrgRole::Member,
        _ => {
            let shown = Shown::refused(visitor.t("members-role-unknown"));
            return members_page(visitor, &db, &user, org, shown).await;
        }
    };
    let txn = db.begin().await?;
    match db::members::set_role(&txn, org.id, id, role).await? {
        Ok(()) => txn.commit().await?,
        Err(Refused::NotMember) => return Err(AppError::NotFound),
        Err(Refused::LastOwner) => {
            drop(txn);
            let shown = Shown::refused(visitor.t("members-last-owner"));
            return members_page(visitor, &db, &user, org, shown).await;
        }
    }
    tracing::info!(organization = %org.slug, account = id, role = role.as_str(), "role changed");
    // Who gave up being an owner sees the page as a member.
    Ok(back_to_people(&org.slug, "role"))
}

/// An owner removes someone, or anyone leaves (removes themself); the last
/// owner cannot.
#[post("/organizations/{slug}/members/{id}/remove")]
pub async fn remove(
    _: CsrfForm<NoFields>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let (user, org) = own_organization(&visitor, &db, &slug).await?;
    let leaving = id == user.account_id;
    if !leaving && !user.owns(org.id) {
        return Err(AppError::Forbidden("error-members-owners-only"));
    }
    let txn = db.begin().await?;
    // Events a leaving person created go to another owner; else to the
    // owner who removes them.
    let heir = if leaving {
        db::members::other_owner(&txn, org.id, id).await?
    } else {
        Some(user.account_id)
    };
    let outcome = match heir {
        Some(heir) => db::members::remove(&txn, org.id, id, heir).await?,
        None => Err(Refused::LastOwner),
    };
    match outcome {
        Ok(gone) => {
            txn.commit().await?;
            tracing::info!(organization = %org.slug, account = gone.id, leaving, "member removed");
        }
        Err(Refused::NotMember) => return Err(AppError::NotFound),
        Err(Refused::LastOwner) => {
            drop(txn);
            let shown = Shown::refused(visitor.t("members-last-owner"));
            return members_page(visitor, &db, &user, org, shown).await;
        }
    }
    if leaving {
        // The account and its sessions are gone.
        return Ok(see_other_with_cookies(
            "/?done=left",
            [crate::web::session::expired_session_cookie()],
        ));
    }
    Ok(back_to_people(&org.slug, "removed"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VisibilityForm {
    /// `hidden` or `public`.
    visibility: String,
}

/// An owner takes the organization out of the public directory, or puts it
/// back.
#[post("/organizations/{slug}/visibility")]
pub async fn visibility(
    form: CsrfForm<VisibilityForm>,
    visitor: Visitor,
    db: web::Data<DatabaseConnection>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (user, org) = owned_organization(&visitor, &db, &slug).await?;
    let hidden = match form.visibility.as_str() {
        "hidden" => true,
        "public" => false,
        _ => {
            let shown = Shown::refused(visitor.t("visibility-invalid"));
            return members_page(visitor, &db, &user, org, shown).await;
        }
    };
    let txn = db.begin().await?;
    db::organizations::set_hidden(&txn, org.id, hidden).await?;
    txn.commit().await?;
    tracing::info!(organization = %org.slug, hidden, "visibility changed");
    Ok(back_to_people(&org.slug, "visibility"))
}
