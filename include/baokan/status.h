// Status and StatusOr: how every baokan library call reports failure.
//
// No exception crosses the public API. A function that can fail returns a
// Status (or a StatusOr<T> carrying a value on success); the message is meant
// for a person and, where the failure is tied to a place in an input, starts
// with "FILE:LINE:" or "FILE:LINE:COLUMN:".

#ifndef BAOKAN_STATUS_H_
#define BAOKAN_STATUS_H_

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace baokan {

// A Status must be looked at: dropping one is a compile-time warning.
class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller asked for something impossible (usage)
    kDataError,        // an input is malformed: bad bytes, bad JSON, bad model
    kIOError,          // the operating system refused a read or a write
    kNotFound,         // a named file or field does not exist
    kInternal,         // baokan itself went wrong (a bug): e.g. a StatusOr made
                       // from an OK Status with no value
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
  static Status Internal(std::string msg) {
    return Status(Code::kInternal, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message alone, without a code prefix; empty when ok().
  const std::string& message() const { return message_; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

namespace status_internal {

// Ends the process with a message on stderr: value() of a StatusOr that holds
// an error is a bug in the caller, never an input error.
[[noreturn]] inline void DieAccessingValueOf(const Status& status) {
  std::fprintf(stderr, "baokan: bug: value of a StatusOr that holds an error: %s\n",
               status.message().c_str());
  std::abort();
}

}  // namespace status_internal

// Holds either a value or a non-OK Status. Accessing the value (value(), *,
// ->) of a StatusOr that is not ok() is a programming error: it aborts with a
// message, in every build. Made from an OK Status (which carries no value),
// a StatusOr holds an Internal error instead, never ok() without a value.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(const T& value) : value_(value) {}             // NOLINT: implicit
  StatusOr(T&& value) : value_(std::move(value)) {}       // NOLINT: implicit
  StatusOr(Status status)                                 // NOLINT: implicit
      : status_(status.ok() ? Status::Internal("StatusOr made from an OK Status, with no value")
                            : std::move(status)) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  const T& value() const& { return Checked(); }
  T& value() & { return Checked(); }
  T&& value() && { return std::move(Checked()); }
  const T& operator*() const& { return Checked(); }
  T& operator*() & { return Checked(); }
  const T* operator->() const { return &Checked(); }
  T* operator->() { return &Checked(); }

 private:
  const T& Checked() const {
    if (!value_.has_value()) [[unlikely]] status_internal::DieAccessingValueOf(status_);
    return *value_;
  }
  T& Checked() {
    if (!value_.has_value()) [[unlikely]] status_internal::DieAccessingValueOf(status_);
    return *value_;
  }

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
