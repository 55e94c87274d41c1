// ExpandInputs and PageNameOf: turning command-line inputs into file lists.

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "baokan/io.h"

namespace baokan {
namespace {

namespace fs = std::filesystem;

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Appends the regular files below `dir` (not hidden, accepted) to *out.
Status WalkDirectory(const std::string& dir, const std::function<bool(const std::string&)>& accept,
                     std::vector<std::string>* out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  const size_t first = out->size();
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    if (IsHidden(entry.path())) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      ec.clear();
      continue;
    }
    std::error_code type_ec;
    if (!entry.is_regular_file(type_ec)) continue;  // follows links; skips pipes, dangling links
    std::string path = entry.path().string();
    if (!accept || accept(path)) out->push_back(std::move(path));
  }
  if (ec) {
    return Status::IOError(dir + ": cannot list directory: " + ec.message());
  }
  std::sort(out->begin() + first, out->end());  // std::string compares bytes as unsigned
  return Status::OK();
}

}  // namespace

StatusOr<std::vector<std::string>> ExpandInputs(
    const std::vector<std::string>& args, const std::function<bool(const std::string&)>& accept) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    if (arg == "-") {
      files.push_back(arg);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (st.type() == fs::file_type::not_found) {
      return Status::NotFound(arg + ": no such file or directory");
    }
    if (ec) return Status::IOError(arg + ": " + ec.message());
    if (st.type() == fs::file_type::directory) {
      BAOKAN_RETURN_IF_ERROR(WalkDirectory(arg, accept, &files));
    } else {
      files.push_back(arg);  // named explicitly: kept whatever its kind or name
    }
  }
  return files;
}

bool IsPdfFile(const std::string& path) { return path.ends_with(".pdf") || path.ends_with(".PDF"); }

std::string PageNameOf(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  auto strip = [&name](bool compression_only) {
    size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0) return;
    std::string_view ext(name.data() + dot, name.size() - dot);
    if (!compression_only || ext == ".gz" || ext == ".zst") name.resize(dot);
  };
  strip(true);
  strip(false);
  return name;
}

}  // namespace baokan
