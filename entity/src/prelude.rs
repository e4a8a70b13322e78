pub use super::account::Entity as Account;
pub use super::api_token::Entity as ApiToken;
pub use super::catalog_state::Entity as CatalogState;
pub use super::interest::Entity as Interest;
pub use super::login_failure::Entity as LoginFailure;
pub use super::organization::Entity as Organization;
pub use super::profile_item::Entity as ProfileItem;
pub use super::session::Entity as Session;
