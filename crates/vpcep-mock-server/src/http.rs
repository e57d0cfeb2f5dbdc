//! Just enough HTTP/1.1 for a loopback mock: one request per connection, bodies by
//! Content-Length, JSON answers.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

/// The largest body the mock accepts (a create with 200 mappings and 20 tags is ~20 KB).
const MAX_BODY: usize = 1 << 20;

/// A parsed request.
#[derive(Debug)]
pub struct Request {
    pub method: String,
    /// The path without the query, percent-decoded.
    pub path: String,
    /// Query pairs, percent-decoded, in order.
    pub query: Vec<(String, String)>,
    /// The path as it arrived (percent-encoded), for [`vpcep_model::Route::parse`].
    pub raw_path: String,
    /// The query as it arrived, without `?`.
    pub raw_query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// A header's value (names are case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// An answer.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Response {
    /// A JSON answer.
    pub fn json(status: u16, value: &impl serde::Serialize) -> Response {
        Response { status, body: serde_json::to_vec(value).unwrap_or_default() }
    }

    /// 204 No Content.
    pub fn no_content() -> Response {
        Response { status: 204, body: Vec::new() }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Payload Too Large",
        500 => "Internal Server Error",
        _ => "Unknown",
    }
}

/// Percent-decodes (and turns `+` into a space, as forms do).
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads one request; `Err` carries the answer for a request that cannot be read.
pub fn read_request(stream: &TcpStream) -> Result<Request, Response> {
    let bad = |m: &str| {
        Response::json(
            400,
            &vpcep_model::ApiErrorBody { error_code: "EndPoint.0002".into(), error_msg: m.into() },
        )
    };
    let mut reader = BufReader::new(stream.try_clone().map_err(|_| bad("Connection error."))?);
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|_| bad("Unreadable request."))?;
    let mut parts = line.split_whitespace();
    let (method, target) = match (parts.next(), parts.next()) {
        (Some(m), Some(t)) => (m.to_owned(), t.to_owned()),
        _ => return Err(bad("Malformed request line.")),
    };
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        let n = reader.read_line(&mut h).map_err(|_| bad("Unreadable headers."))?;
        let h = h.trim_end();
        if n == 0 || h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    if length > MAX_BODY {
        return Err(Response::json(
            413,
            &vpcep_model::ApiErrorBody {
                error_code: "EndPoint.0002".into(),
                error_msg: "Request body too large.".into(),
            },
        ));
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).map_err(|_| bad("The request body is shorter than its Content-Length."))?;
    let (path, raw_query) = target.split_once('?').unwrap_or((&target, ""));
    let query = raw_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    Ok(Request {
        method,
        path: decode(path),
        query,
        raw_path: path.to_owned(),
        raw_query: raw_query.to_owned(),
        headers,
        body,
    })
}

/// Writes an answer and closes the exchange.
pub fn write_response(mut stream: &TcpStream, r: &Response) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        r.status,
        reason(r.status),
        r.body.len()
    );
    if !r.body.is_empty() {
        head.push_str("Content-Type: application/json\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&r.body)?;
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_percent_and_plus() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("env%3Dprod"), "env=prod");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
    }
}
