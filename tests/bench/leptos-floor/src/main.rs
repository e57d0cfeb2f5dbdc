//! The size baseline of the first list paint (`cargo xtask bench`): the smallest Leptos CSR
//! app that uses what the console's service list needs from Leptos, and nothing of the
//! console. A router with a query in the URL, a resource read inside a `Transition`, a keyed
//! list of rows with links, an input and a button. It is built with the console's release
//! toolchain, flags and post-processing, so the difference is the console's own share.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_query_map;
use leptos_router::path;

#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    name: String,
}

async fn load(filter: String) -> Vec<Row> {
    (0..20)
        .map(|i| Row { id: format!("id-{i}"), name: format!("service-{i}") })
        .filter(|row| row.name.contains(&filter))
        .collect()
}

#[component]
fn List() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(|q| q.get("name").unwrap_or_default()));
    let rows = LocalResource::new(move || load(filter.get()));
    let typed = RwSignal::new(String::new());
    let deleted = RwSignal::new(0_usize);
    view! {
        <h1>"Services " {move || deleted.get()}</h1>
        <input prop:value=typed on:input=move |e| typed.set(event_target_value(&e)) />
        <Transition fallback=|| view! { <p>"Loading"</p> }>
            <table>
                <tbody>
                    {move || {
                        rows.get()
                            .map(|rows| {
                                view! {
                                    <For each=move || rows.clone() key=|row| row.id.clone() let:row>
                                        <tr>
                                            <td>
                                                <A href=format!("/services/{}", row.id)>{row.name.clone()}</A>
                                            </td>
                                            <td>
                                                <button on:click=move |_| {
                                                    deleted.update(|n| *n += 1)
                                                }>"Delete"</button>
                                            </td>
                                        </tr>
                                    </For>
                                }
                            })
                    }}
                </tbody>
            </table>
        </Transition>
    }
}

fn main() {
    mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "Not found">
                    <Route path=path!("/services") view=List />
                    <Route path=path!("/") view=List />
                </Routes>
            </Router>
        }
    })
}
