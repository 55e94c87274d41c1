// Status and StatusOr: how every baokan library call reports failure.
//
// No exception crosses the public API. A function that can fail returns a
// Status (or a StatusOr<T> carrying a value on success); the message is meant
// for a person and, where the failure is tied to a place in an input, starts
// with "FILE:LINE:" or "FILE:LINE:COLUMN:".

#ifndef BAOKAN_STATUS_H_
#define BAOKAN_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace baokan {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller asked for something impossible (usage)
    kDataError,        // an input is malformed: bad bytes, bad JSON, bad model
    kIOError,          // the operating system refused a read or a write
    kNotFound,         // a named file or field does not exist
  };

  // A default-constructed Status is OK.
  Status() = default;
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status DataError(std::string msg) {
    return Status(Code::kDataError, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(Code::kIOError, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message alone, without a code prefix; empty when ok().
  const std::string& message() const { return message_; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// Holds either a value or a non-OK Status. Accessing value() of a StatusOr
// that is not ok() is a programming error (checked in debug builds).
template <typename T>
class StatusOr {
 public:
  StatusOr(const T& value) : value_(value) {}             // NOLINT: implicit
  StatusOr(T&& value) : value_(std::move(value)) {}       // NOLINT: implicit
  StatusOr(Status status) : status_(std::move(status)) {}  // NOLINT: implicit

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace baokan

// Returns from the enclosing function when `expr` yields a non-OK Status.
#define BAOKAN_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::baokan::Status baokan_status_ = (expr);        \
    if (!baokan_status_.ok()) return baokan_status_; \
  } while (0)

#endif  // BAOKAN_STATUS_H_
