//! The method of a request, and the cloud service it goes to.

/// The HTTP method of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    /// `GET`, `POST`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    /// Parses an HTTP method name (upper case, as on the wire).
    pub fn parse(s: &str) -> Option<Method> {
        Some(match s {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "DELETE" => Method::Delete,
            _ => return None,
        })
    }

    /// Whether a request of this method changes state.
    pub fn is_write(self) -> bool {
        self != Method::Get
    }
}

/// The cloud service a request goes to: the first path segment behind the console's gateway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    /// IAM: tokens.
    Iam,
    Vpcep,
    Vpc,
    Elb,
    Ecs,
}

impl Service {
    /// Every service, in path-prefix form.
    pub const ALL: [Service; 5] = [Service::Iam, Service::Vpcep, Service::Vpc, Service::Elb, Service::Ecs];

    /// The path prefix (and host name part) of the service.
    pub fn prefix(self) -> &'static str {
        match self {
            Service::Iam => "iam",
            Service::Vpcep => "vpcep",
            Service::Vpc => "vpc",
            Service::Elb => "elb",
            Service::Ecs => "ecs",
        }
    }

    /// The service of a path prefix (`vpcep`, …).
    pub fn from_prefix(s: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|svc| svc.prefix() == s)
    }
}
