// Paging styles of mapped feeds, as described in page_walk.h.
#include "connectors/mapped/page_walk.h"

#include "connectors/http/fetcher.h"
#include "connectors/http/url.h"
#include "model/whole_number.h"

namespace tarjotin {
namespace {

constexpr std::int64_t kLargestPagingNumber = 1'000'000'000'000;

std::string missing(const char* key, const JsonPath& path) {
  return "mapping \"paging." + std::string(key) + "\": path \"" + path.text() + "\" is not in the page";
}

// The number at `path`, or an error.
bool number_at(const rapidjson::Value& page, const JsonPath& path, const char* key, long long* out, std::string* error) {
  const rapidjson::Value* value = path.resolve(page);
  if (!value) {
    *error = missing(key, path);
    return false;
  }
  if (value->IsNumber()) {
    // Paging numbers are counts; anything beyond this is a broken feed, and
    // casting a huge double would be undefined behaviour.
    if (const auto whole = whole_number_within(value->GetDouble(), -kLargestPagingNumber, kLargestPagingNumber)) {
      *out = *whole;
      return true;
    }
    *error = "mapping \"paging." + std::string(key) + "\": value at \"" + path.text() + "\" is out of range";
    return false;
  }
  if (value->IsString()) {
    try {
      *out = std::stoll(value->GetString());
      return true;
    } catch (...) {
    }
  }
  *error = "mapping \"paging." + std::string(key) + "\": value at \"" + path.text() + "\" is not a number";
  return false;
}

}  // namespace

std::string with_param_set(const std::string& url, const std::string& name, const std::string& value) {
  return with_query_param(without_query_param(url, name), name, value);
}

PageWalk::PageWalk(PagingSpec paging, std::string source_url)
    : paging_(std::move(paging)),
      source_url_(std::move(source_url)),
      position_(paging_.style == PagingSpec::Style::page ? paging_.start : 0) {}

std::string PageWalk::first_url() const {
  if (!is_http_url(source_url_)) return source_url_;
  switch (paging_.style) {
    case PagingSpec::Style::page: {
      std::string url = with_param_set(source_url_, paging_.param, std::to_string(paging_.start));
      if (!paging_.size_param.empty()) url = with_param_set(url, paging_.size_param, std::to_string(paging_.size));
      return url;
    }
    case PagingSpec::Style::limit_skip:
      return with_param_set(with_param_set(source_url_, paging_.limit_param, std::to_string(paging_.size)),
                            paging_.skip_param, "0");
    default:
      return source_url_;
  }
}

PageStep PageWalk::after(const std::string& url, const rapidjson::Value& page, std::size_t item_count) {
  PageStep step;
  const long long count = static_cast<long long>(item_count);
  switch (paging_.style) {
    case PagingSpec::Style::none:
      step.end = true;
      return step;
    case PagingSpec::Style::next: {
      const JsonPath& path = *paging_.next;
      const rapidjson::Value* next = path.resolve(page);
      if (!next) {
        const std::string& text = path.text();
        const std::size_t dot = text.rfind('.');
        std::string ignored;
        const std::optional<JsonPath> parent = JsonPath::parse(dot == std::string::npos ? "" : text.substr(0, dot), &ignored);
        const rapidjson::Value* holder = parent ? parent->resolve(page) : nullptr;
        if (holder && holder->IsObject()) step.end = true;
        else step.error = missing("next", path);
        return step;
      }
      if (next->IsNull() || (next->IsString() && next->GetStringLength() == 0)) {
        step.end = true;
      } else if (next->IsString()) {
        step.next = resolve_url(url, next->GetString());
      } else {
        step.error = "mapping \"paging.next\": value at \"" + path.text() + "\" is neither a URL nor null";
      }
      return step;
    }
    case PagingSpec::Style::page: {
      if (count == 0 || (paging_.size > 0 && count < paging_.size)) {
        step.end = true;
        return step;
      }
      if (paging_.last_page) {
        long long last = 0;
        if (!number_at(page, *paging_.last_page, "last_page", &last, &step.error)) return step;
        if (position_ >= last) {
          step.end = true;
          return step;
        }
      }
      ++position_;
      step.next = with_param_set(url, paging_.param, std::to_string(position_));
      return step;
    }
    case PagingSpec::Style::limit_skip: {
      const long long next_skip = position_ + count;
      std::optional<bool> more;
      if (paging_.has_more) {
        const rapidjson::Value* value = paging_.has_more->resolve(page);
        if (!value || !value->IsBool()) {
          step.error = value ? "mapping \"paging.has_more\": value at \"" + paging_.has_more->text() + "\" is not true/false"
                             : missing("has_more", *paging_.has_more);
          return step;
        }
        more = value->GetBool();
      }
      if (paging_.total) {
        long long total = 0;
        if (!number_at(page, *paging_.total, "total", &total, &step.error)) return step;
        if (!more) more = next_skip < total;
      }
      if (!more) more = count >= paging_.size;
      if (!*more) {
        step.end = true;
        return step;
      }
      if (count == 0) {
        step.error = "the page is empty but the feed says there is more; stopped";
        return step;
      }
      position_ = next_skip;
      step.next = with_param_set(url, paging_.skip_param, std::to_string(position_));
      return step;
    }
  }
  step.end = true;
  return step;
}

}  // namespace tarjotin
