#pragma once
// Small Linked Events payloads for tests: one event object, a list page, and
// a temporary directory to write pages into.

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace tarjotin::testing {

// An event with the given id and start ("" for null); `extra` is appended to
// its members and must start with a comma, e.g. R"(,"type_id":"Course")".
inline std::string event_json(const std::string& id, const std::string& start = "",
                              const std::string& extra = "") {
  return R"({"id":")" + id + R"(","@id":"https://api.hel.fi/linkedevents/v1/event/)" + id +
         R"(/","name":{"fi":"Tapahtuma )" + id + R"("},"start_time":)" +
         (start.empty() ? std::string("null") : "\"" + start + "\"") + extra + "}";
}

// A reference to event `id` as a super_event value.
inline std::string event_ref(const std::string& id) {
  return R"({"@id":"https://api.hel.fi/linkedevents/v1/event/)" + id + R"(/"})";
}

// A list page; `next` "" gives null.
inline std::string page_json(const std::vector<std::string>& events, const std::string& next = "") {
  std::string data;
  for (const std::string& event : events) data += (data.empty() ? "" : ",") + event;
  return R"({"meta":{"count":)" + std::to_string(events.size()) + R"(,"next":)" +
         (next.empty() ? std::string("null") : "\"" + next + "\"") + R"(,"previous":null},"data":[)" + data +
         "]}";
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A fresh directory under the system temp dir, removed with its contents on destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tarjotin-connectors-XXXXXX").string();
    path_ = mkdtemp(pattern.data()) ? pattern : "";
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  std::string write(const std::string& name, const std::string& content) const {
    std::filesystem::create_directories(std::filesystem::path(file(name)).parent_path());
    std::ofstream(file(name), std::ios::binary) << content;
    return file(name);
  }

 private:
  std::string path_;
};

}  // namespace tarjotin::testing
