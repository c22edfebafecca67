import CPoppler

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// poppler-glib, opened when the first PDF is read: a run that reads none does not load it, nor the GLib,
/// cairo, NSS and font libraries it depends on.
struct PopplerLibrary: @unchecked Sendable {
  /// Its functions (and GLib's), every one found.
  let functions: CPopplerFunctions

  /// The library, or nil when it is not installed (or lacks a function jdmatch calls).
  static let shared: PopplerLibrary? = load()

  /// The names the library is looked for under, in order.
  static let names = [
    "libpoppler-glib.so.8", "libpoppler-glib.8.dylib", "/opt/homebrew/lib/libpoppler-glib.8.dylib",
    "/usr/local/lib/libpoppler-glib.8.dylib",
  ]

  private static func load() -> PopplerLibrary? {
    guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
    // The GLib functions are found through poppler-glib's own dependencies.
    func function<T>(_ name: String) -> T? {
      dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
    }
    let functions = CPopplerFunctions(
      g_bytes_new: function("g_bytes_new"), g_bytes_unref: function("g_bytes_unref"), g_free: function("g_free"),
      g_error_free: function("g_error_free"), g_object_unref: function("g_object_unref"),
      g_date_time_get_year: function("g_date_time_get_year"), g_date_time_get_month: function("g_date_time_get_month"),
      g_date_time_unref: function("g_date_time_unref"), poppler_error_quark: function("poppler_error_quark"),
      poppler_document_new_from_bytes: function("poppler_document_new_from_bytes"),
      poppler_document_get_creation_date_time: function("poppler_document_get_creation_date_time"),
      poppler_document_get_modification_date_time: function("poppler_document_get_modification_date_time"),
      poppler_document_get_n_pages: function("poppler_document_get_n_pages"),
      poppler_document_get_page: function("poppler_document_get_page"),
      poppler_page_get_size: function("poppler_page_get_size"),
      poppler_page_get_text: function("poppler_page_get_text"),
      poppler_page_get_text_layout: function("poppler_page_get_text_layout"),
      poppler_page_get_text_attributes: function("poppler_page_get_text_attributes"),
      poppler_page_free_text_attributes: function("poppler_page_free_text_attributes"))
    // Every function must have been found: each field of the struct is one pointer, nil when missing.
    let found = withUnsafeBytes(of: functions) { raw in
      stride(from: 0, to: raw.count, by: MemoryLayout<UnsafeRawPointer?>.stride).allSatisfy {
        raw.load(fromByteOffset: $0, as: UnsafeRawPointer?.self) != nil
      }
    }
    return found ? PopplerLibrary(functions: functions) : nil
  }
}
