//! What the page says, derived from the model, the law and the link: the estimate's texts
//! (`headline`), how each choice moved it (`breakdown`), the steps that would raise it
//! (`career`, then `levers`), an offer against the market (`offer`), two offers side by side
//! (`offers`), the hike from the current CTC (`hike`), the summary at the top (`summary`) and
//! its lead figure (`lead`), what each CTC pays in hand (`pay`), the working from CTC to pay in
//! hand (`working`), four years of each choice after tax (`years`), the tax year's name
//! (`tax_year`), the amounts a link carries (`link_privacy`) and the form's fields as they show
//! them (`fields`). Pure, so the first stage and the app say the same, and `cargo test` checks
//! the words.

pub mod breakdown;
pub mod career;
pub mod compare;
pub mod fields;
pub mod headline;
pub mod hike;
pub mod lead;
pub mod levers;
pub mod link_privacy;
pub mod offer;
pub mod offers;
pub mod pay;
pub mod regimes;
pub mod summary;
pub mod tax_year;
pub mod working;
pub mod years;
