//! Backend Resource Type (Enhanced load balancer or ECS) with its Load Balancer select or ECS
//! List, limited to the chosen VPC, and the seed's security-group note.

use leptos::prelude::*;
use vpcep_model::limits::WHITELIST_SOURCE_CIDR;
use vpcep_model::{EcsServer, LoadBalancer, ServerType};

use super::form_state::{dom_id, FormState};
use super::load_problem::load_problem;
use crate::components::form_field::FormField;
use crate::components::segmented::{Segment, Segmented};
use crate::dom::copy_to_clipboard;
use crate::i18n::{formats, lang, t};
use crate::loadable::Loadable;

/// The backend part of the create form.
#[component]
pub fn BackendPicker(
    /// The form whose `server_type` and `port_id` this edits.
    form: FormState,
    /// The region's load balancers.
    #[prop(into)]
    load_balancers: Signal<Loadable<Vec<LoadBalancer>>>,
    /// The region's ECS instances.
    #[prop(into)]
    ecs_servers: Signal<Loadable<Vec<EcsServer>>>,
    /// Loads both lists again.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let server_type = move || form.draft.with(|d| d.server_type.clone());
    let choose = move |t: ServerType| {
        form.edit("server_type", |d| {
            if d.server_type != t {
                d.server_type = t;
                d.port_id.clear();
            }
        })
    };
    view! {
        <FormField label=t().create.backend_type id="backend-type" required=true group=true let:field>
            <Segmented
                field
                name="server-type"
                segments=vec![
                    Segment {
                        id: "backend-lb",
                        label: ServerType::Lb.label(lang()),
                    },
                    Segment {
                        id: "backend-ecs",
                        label: ServerType::Vm.label(lang()),
                    },
                ]
                chosen=Signal::derive(move || usize::from(server_type() == ServerType::Vm))
                on_choose=Callback::new(move |i: usize| choose(
                    if i == 0 { ServerType::Lb } else { ServerType::Vm },
                ))
            />
            <SecurityGroupNote />
        </FormField>
        {move || match server_type() {
            ServerType::Vm => view! { <EcsList form ecs_servers on_refresh /> }.into_any(),
            _ => view! { <LoadBalancerSelect form load_balancers on_refresh /> }.into_any(),
        }}
    }
}

/// The seed's note: the backend's security group must allow 198.19.128.0/20 inbound.
#[component]
fn SecurityGroupNote() -> impl IntoView {
    let copied = RwSignal::new(false);
    view! {
        <div class="note">
            <span class="note-icon" aria-hidden="true">
                "i"
            </span>
            <p>
                {t().create.security_group_note} <code>{WHITELIST_SOURCE_CIDR}</code> " "
                <button
                    type="button"
                    class="btn btn-link btn-copy"
                    aria-label=formats::copy_value(WHITELIST_SOURCE_CIDR)
                    on:click=move |_| copied.set(copy_to_clipboard(WHITELIST_SOURCE_CIDR))
                >
                    {t().create.copy}
                </button> <span class="copied" role="status">
                    {move || if copied.get() { t().create.copied } else { "" }}
                </span>
            </p>
        </div>
    }
}

fn in_vpc<T>(list: Loadable<Vec<T>>, vpc: &str, of: impl Fn(&T) -> &str) -> Loadable<Vec<T>> {
    match list {
        Loadable::Ready(items) => Loadable::Ready(items.into_iter().filter(|i| of(i) == vpc).collect()),
        other => other,
    }
}

/// The Load Balancer select, limited to the chosen VPC.
#[component]
fn LoadBalancerSelect(
    /// The form.
    form: FormState,
    /// The region's load balancers.
    load_balancers: Signal<Loadable<Vec<LoadBalancer>>>,
    /// Loads the lists again.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let vpc = move || form.draft.with(|d| d.vpc_id.clone());
    let mine = move || in_vpc(load_balancers.get(), &vpc(), |lb| &lb.vpc_id);
    let empty_hint = move || match mine() {
        _ if vpc().is_empty() => Some(t().create.select_vpc_first),
        Loadable::Ready(l) if l.is_empty() => Some(t().create.no_load_balancer),
        _ => None,
    };
    let error = form.error_signal("port_id");
    view! {
        <FormField label=t().create.load_balancer id=dom_id("port_id") required=true error let:field>
            <div class="control-row">
                <select
                    id=field.id
                    aria-required="true"
                    aria-invalid=field.invalid
                    aria-describedby=field.described_by
                    prop:value=move || form.draft.with(|d| d.port_id.clone())
                    on:change=move |ev| {
                        let port = event_target_value(&ev);
                        form.edit("port_id", |d| d.port_id = port);
                    }
                    on:blur=move |ev| form.blur("port_id", &ev)
                >
                    <option value="">{t().create.select_option}</option>
                    {move || {
                        mine()
                            .ready()
                            .cloned()
                            .unwrap_or_default()
                            .into_iter()
                            .map(|lb| {
                                let port = lb.vip_port_id.clone();
                                let selected = move || form.draft.with(|d| d.port_id == port);
                                // Selected per option: the list may arrive after the draft.
                                view! {
                                    <option value=lb.vip_port_id.clone() prop:selected=selected>
                                        {format!(
                                            "{} ({}, {})",
                                            lb.name,
                                            lb.vip_address,
                                            lb.kind.label(lang()).to_lowercase(),
                                        )}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
                <button
                    type="button"
                    class="btn btn-icon"
                    aria-label=t().create.refresh_load_balancers
                    title=t().create.refresh_load_balancers
                    on:click=move |_| on_refresh.run(())
                >
                    <span class="icon-refresh" aria-hidden="true"></span>
                </button>
            </div>
            {move || load_problem(&load_balancers.get(), t().create.load_balancers, on_refresh)}
            {move || empty_hint().map(|h| view! { <p class="field-hint">{h}</p> })}
        </FormField>
    }
}

/// The ECS List, limited to the chosen VPC: one radio button per instance.
#[component]
fn EcsList(
    /// The form.
    form: FormState,
    /// The region's ECS instances.
    ecs_servers: Signal<Loadable<Vec<EcsServer>>>,
    /// Loads the lists again.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let vpc = move || form.draft.with(|d| d.vpc_id.clone());
    let mine = move || in_vpc(ecs_servers.get(), &vpc(), |e| &e.vpc_id);
    let selected = move || form.draft.with(|d| d.port_id.clone());
    let error = form.error_signal("port_id");
    let rows = move || {
        let servers = mine().ready().cloned().unwrap_or_default();
        if servers.is_empty() {
            let text = if vpc().is_empty() { t().create.select_vpc_first } else { t().create.no_ecs };
            return view! {
                <tr>
                    <td colspan="5" class="muted">
                        {text}
                    </td>
                </tr>
            }
            .into_any();
        }
        servers
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let port = e.nic_port_id.clone();
                let port2 = port.clone();
                let id = if i == 0 { dom_id("port_id") } else { format!("ecs-{}", e.id) };
                view! {
                    <tr>
                        <td>
                            <input
                                type="radio"
                                name="ecs-server"
                                id=id.clone()
                                aria-invalid=move || error.with(Option::is_some).to_string()
                                aria-describedby=move || {
                                    if error.with(Option::is_some) { "ecs-list-error" } else { "" }
                                }
                                prop:checked=move || selected() == port
                                on:change=move |_| {
                                    let p = port2.clone();
                                    form.edit("port_id", |d| d.port_id = p);
                                }
                                on:blur=move |ev| form.blur("port_id", &ev)
                            />
                        </td>
                        <td>
                            <label for=id>{e.name.clone()}</label>
                        </td>
                        <td>
                            {if e.status == "ACTIVE" {
                                t().create.running.to_owned()
                            } else {
                                e.status.clone()
                            }}
                        </td>
                        <td class="mono">{e.private_ip.clone()}</td>
                        <td>{e.availability_zone.clone()}</td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <FormField label=t().create.ecs_list id="ecs-list" required=true group=true error let:field>
            <table class="table table-compact" aria-labelledby=field.label_id>
                <thead>
                    <tr>
                        <th scope="col">
                            <span class="visually-hidden">{t().select}</span>
                        </th>
                        <th scope="col">{t().create.name}</th>
                        <th scope="col">{t().col_status}</th>
                        <th scope="col">{t().create.private_ip}</th>
                        <th scope="col">{t().create.az}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {move || load_problem(&ecs_servers.get(), t().create.ecs_instances, on_refresh)}
        </FormField>
    }
}
