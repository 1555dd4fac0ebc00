// Fetcher: libcurl for http(s), the file system for local URLs. The contract
// is in fetcher.h.
#include "connectors/http/fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "connectors/http/url.h"
#include "tarjotin/version.h"

namespace tarjotin {
namespace {

std::once_flag curl_init_once;

// What one HTTP attempt left behind, filled by the curl callbacks.
struct Transfer {
  std::string body;
  std::size_t max_bytes = 0;
  bool too_large = false;
  std::string retry_after;  // the last response's Retry-After header value
  Validators validators;     // the last response's ETag and Last-Modified
  const std::atomic<bool>* cancel = nullptr;
};

bool is_cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// libcurl calls this several times a second, also while no byte arrives;
// non-zero aborts the transfer with CURLE_ABORTED_BY_CALLBACK.
int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  return is_cancelled(static_cast<Transfer*>(user)->cancel) ? 1 : 0;
}

// Sleeps `ms`, waking every 100 ms to see whether the fetch was cancelled.
void wait_unless_cancelled(long ms, const std::atomic<bool>* cancel) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(0L, ms));
  while (!is_cancelled(cancel)) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= until) return;
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(until - now, std::chrono::milliseconds(100)));
  }
}

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  if (transfer->body.size() + n > transfer->max_bytes) {
    transfer->too_large = true;
    return 0;  // makes curl abort with CURLE_WRITE_ERROR
  }
  transfer->body.append(data, n);
  return n;
}

std::string trim(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  const std::string line(data, n);
  if (line.compare(0, 5, "HTTP/") == 0) {  // a new response (after a redirect)
    transfer->retry_after.clear();
    transfer->validators = {};
  }
  const std::size_t colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name == "retry-after") transfer->retry_after = trim(line.substr(colon + 1));
    if (name == "etag") transfer->validators.etag = trim(line.substr(colon + 1));
    if (name == "last-modified") transfer->validators.last_modified = trim(line.substr(colon + 1));
  }
  return n;
}

// Seconds to wait as a Retry-After value says (delta-seconds or an HTTP date), or -1.
long retry_after_seconds(const std::string& value) {
  if (value.empty()) return -1;
  if (std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); }))
    return value.size() > 9 ? 999'999'999L : std::stol(value);
  const time_t when = curl_getdate(value.c_str(), nullptr);
  if (when < 0) return -1;
  return std::max(0L, static_cast<long>(when - std::time(nullptr)));
}

bool retryable(CURLcode code) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

std::string too_large_message(const std::string& url, std::size_t max_bytes) {
  return "GET " + url + ": response larger than " + std::to_string(max_bytes) + " bytes";
}

FetchResult read_local(const std::string& url, const std::string& path, std::size_t max_bytes) {
  FetchResult result;
  result.attempts = 1;
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    result.error = "read " + url + ": no such file (" + path + ")";
    return result;
  }
  if (std::filesystem::is_directory(status)) {
    result.error = "read " + url + ": is a directory (" + path + ")";
    return result;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) {
    result.error = too_large_message(url, max_bytes);
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.error = "read " + url + ": cannot open " + path;
    return result;
  }
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    if (result.body.size() + static_cast<std::size_t>(in.gcount()) > max_bytes) {  // grew while reading
      result.body.clear();
      result.error = too_large_message(url, max_bytes);
      return result;
    }
    result.body.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) {
    result.body.clear();
    result.error = "read " + url + ": read error on " + path;
    return result;
  }
  result.ok = true;
  return result;
}

}  // namespace

std::string user_agent() { return std::string("tarjotin/") + TARJOTIN_VERSION + " (+https://github.com/tarjotin)"; }

Fetcher::Fetcher(FetchOptions options) : options_(std::move(options)) {
  std::call_once(curl_init_once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  curl_ = curl_easy_init();
}

Fetcher::~Fetcher() {
  if (curl_) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

std::string cancelled_message(const std::string& url) {
  return "GET " + url + ": cancelled because tarjotin is stopping";
}

FetchResult Fetcher::get(const std::string& url, const Validators& known) {
  const std::atomic<bool>* cancel = options_.cancel.get();
  if (is_cancelled(cancel)) {
    FetchResult result;
    result.error = cancelled_message(url);
    return result;
  }
  if (!is_http_url(url)) {
    const std::optional<std::string> path = local_path(url, options_.base_dir);
    if (!path) {
      FetchResult result;
      result.error = "GET " + url + ": unsupported URL scheme (use http, https, file or a path)";
      return result;
    }
    return read_local(url, *path, options_.max_body_bytes);
  }

  FetchResult result;
  CURL* curl = static_cast<CURL*>(curl_);
  if (!curl) {
    result.error = "GET " + url + ": libcurl could not be initialised";
    return result;
  }
  const std::string agent = user_agent();
  // Header lines must not carry line breaks from stored values.
  const auto clean = [](std::string v) {
    v.erase(std::remove_if(v.begin(), v.end(), [](char c) { return c == '\r' || c == '\n'; }), v.end());
    return v;
  };
  curl_slist* headers = nullptr;
  if (!known.etag.empty()) headers = curl_slist_append(headers, ("If-None-Match: " + clean(known.etag)).c_str());
  if (!known.last_modified.empty())
    headers = curl_slist_append(headers, ("If-Modified-Since: " + clean(known.last_modified)).c_str());
  struct HeaderList {
    curl_slist* list;
    ~HeaderList() { curl_slist_free_all(list); }
  } header_list{headers};
  for (int attempt = 0;; ++attempt) {
    Transfer transfer;
    transfer.max_bytes = options_.max_body_bytes;
    transfer.cancel = cancel;
    char curl_message[CURL_ERROR_SIZE] = {0};
    curl_easy_reset(curl);  // keeps the connection cache
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, options_.connect_timeout_ms);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, options_.total_timeout_ms);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_USERAGENT, agent.c_str());
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_body_bytes));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_message);
    if (cancel) {
      curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
      curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
      curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    }
    if (header_list.list) curl_easy_setopt(curl, CURLOPT_HTTPHEADER, header_list.list);

    const CURLcode code = curl_easy_perform(curl);
    result.attempts = attempt + 1;
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    result.status = status;

    bool retry = false;
    long wait_ms = -1;
    if (transfer.too_large || code == CURLE_FILESIZE_EXCEEDED) {
      result.error = too_large_message(url, options_.max_body_bytes);
      result.body.clear();
      return result;
    }
    if (is_cancelled(cancel)) {
      result.error = cancelled_message(url);
      result.body.clear();
      return result;
    }
    if (code != CURLE_OK) {
      result.error = "GET " + url + ": " + (curl_message[0] ? curl_message : curl_easy_strerror(code)) +
                     " (curl error " + std::to_string(static_cast<int>(code)) + ")";
      if (code == CURLE_BAD_CONTENT_ENCODING)
        result.error += ": the body could not be decoded as its Content-Encoding says (broken gzip/deflate)";
      retry = retryable(code);
    } else if (status >= 200 && status < 300) {
      result.ok = true;
      result.error.clear();
      result.body = std::move(transfer.body);
      result.validators = std::move(transfer.validators);
      return result;
    } else if (status == 304 && !known.empty()) {
      result.ok = true;
      result.not_modified = true;
      result.error.clear();
      return result;
    } else {
      result.error = "GET " + url + ": HTTP " + std::to_string(status);
      result.body = std::move(transfer.body);
      retry = status >= 500 || status == 429;
      if (status == 429 || status == 503) {
        const long seconds = retry_after_seconds(transfer.retry_after);
        if (seconds >= 0) wait_ms = std::min(seconds, options_.max_retry_after_seconds) * 1000;
      }
    }
    if (!retry || attempt >= options_.max_retries) {
      if (attempt > 0) result.error += " after " + std::to_string(attempt + 1) + " attempts";
      return result;
    }
    if (wait_ms < 0) {
      const int shift = std::min(attempt, 30);
      const double backoff = static_cast<double>(options_.backoff_base_ms) * static_cast<double>(1L << shift);
      wait_ms = static_cast<long>(std::min(backoff, static_cast<double>(options_.max_backoff_ms)));
    }
    wait_unless_cancelled(wait_ms, cancel);
    if (is_cancelled(cancel)) {
      result.error = cancelled_message(url);
      result.body.clear();
      return result;
    }
  }
}

}  // namespace tarjotin
