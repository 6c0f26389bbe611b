vcl 4.1;
# The caching proxy in front of gunicorn (README «Triển khai»). nginx terminates TLS and passes every page
# request here; Varnish keeps what the application marks shareable (`Cache-Control: public, s-maxage=N`,
# set by home.page_cache.PageCacheMiddleware) and forgets it when the application sends
#   PURGE <path>     every query variant of that path on that host (a publish, unpublish, move, delete)
#   BAN /            every page of that host (portal settings, a maintenance notice)
# Only the application servers listed in `purgers` may purge.

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .probe = { .url = "/healthz"; .interval = 5s; .timeout = 2s; .window = 5; .threshold = 3; }
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # The cache key's host: a purge names `host:port`, readers may come without the port. The Host header
    # itself goes to the application unchanged (Django's CSRF check compares it with the browser's Origin).
    set req.http.X-Cache-Host = std.tolower(regsub(req.http.host, ":[0-9]+$", ""));

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.http.x-cache-host == " + req.http.X-Cache-Host);
        } else {
            ban("obj.http.x-cache-host == " + req.http.X-Cache-Host + " && obj.http.x-cache-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, citizen input, counters and documents (privacy checked per request) are never cached.
    if (req.url ~ "^/(admin|y-kien|luot-xem|danh-gia|documents|healthz)(/|$)") {
        return (pass);
    }
    # A session (a logged-in editor, a page password entered) makes the page personal.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anything else a browser sends (a CSRF cookie after using a form, analytics) plays no part in a page.
    unset req.http.Cookie;
    # The language is in the address (/en/...); Django's LocaleMiddleware ignores the header there.
    unset req.http.Accept-Language;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.X-Cache-Host);
    return (lookup);
}

sub vcl_backend_response {
    # Remembered on the object for bans (lurker-friendly: only obj.* in the ban expressions).
    set beresp.http.x-cache-host = bereq.http.X-Cache-Host;
    set beresp.http.x-cache-path = regsub(bereq.url, "\?.*$", "");
    # Only what the application explicitly shares is kept; everything else is passed through.
    if (beresp.http.Cache-Control !~ "s-maxage" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Serve a slightly stale copy while a fresh one is fetched, and keep serving if the application is down.
    set beresp.grace = 1h;
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.x-cache-host;
    unset resp.http.x-cache-path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
