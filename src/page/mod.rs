//! The page as one value, the same in both stages of loading: what a person has done to a link
//! (`session`), everything the top of the page then says and shows (`model`), which element
//! shows what (`bindings`), and the names the stages share (`ids`).

mod bindings;
mod ids;
mod model;
mod session;

pub use bindings::{binding, sets, Binding, Set, Shows, BINDINGS};
pub use ids::*;
pub use model::{fields_of, page, two_offers_texts, FieldView, Page, ProfileB, Terms};
pub use session::{percent_encode, Copied, Open, Session, Typed};
