//! Entry point: mount the app, nothing else.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to(salary_estimator::browser::take_app_root(), salary_estimator::App).forget();
}
