# One INTERFACE target carries the project's language level, definitions and warnings.
add_library(dossier_flags INTERFACE)
target_compile_features(dossier_flags INTERFACE cxx_std_20)
target_compile_definitions(dossier_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400
  DOSSIER_VERSION="${PROJECT_VERSION}")
target_compile_options(dossier_flags INTERFACE
  -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -pedantic)
if(DOSSIER_WERROR)
  target_compile_options(dossier_flags INTERFACE -Werror)
endif()
if(DOSSIER_ASAN)
  target_compile_options(dossier_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(dossier_flags INTERFACE -fsanitize=address,undefined)
endif()
if(DOSSIER_FUZZ)
  # The libraries are instrumented for libFuzzer's coverage; only the targets of tests/fuzz link its main.
  target_compile_options(dossier_flags INTERFACE -fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(dossier_flags INTERFACE -fsanitize=address,undefined)
endif()
