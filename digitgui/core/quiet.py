"""Keeping native libraries' start-up notices out of the user's terminal and event stream.

TensorFlow and LiteRT write notices (CUDA probing, oneDNN, "Created TensorFlow Lite XNNPACK
delegate") straight to file descriptor 2 from C++, before any log setting takes effect. While
they load we point descriptors 1 and 2 at a temporary file; afterwards whatever is not a known
notice is passed on to stderr, so real errors are never hidden.

The descriptors are the whole process's: two threads capturing at once (the window makes
predictors in worker threads) would each save the other's temporary file as "the real" one and
could leave stderr pointing at it for good, so one capture runs at a time.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator

_NOTICE = re.compile(
    r"absl::InitializeLog|cudart_stub|cuda_(?:executor|dnn|blas|fft)|port\.cc|oneDNN custom"
    r"|TF_ENABLE_ONEDNN_OPTS|cpu_feature_guard|This TensorFlow binary is optimized"
    r"|rebuild TensorFlow with the appropriate|Unable to register cu|computation placer"
    r"|Could not find cuda drivers|XNNPACK delegate|Saved artifact at|^\s*$"
    r"|TF-TRT Warning|failed call to cuInit|tensorflow/compiler/mlir|tf_tfl_flatbuffer_helpers"
    r"|Ignored output_format|Ignored drop_control_dependency|fully_quantize|inference_type"
    r"|Estimated count of arithmetic ops|^\s*(?:loc|W0000|I0000)"
)

_ONE_AT_A_TIME = threading.RLock()


@contextlib.contextmanager
def native_output_captured() -> Iterator[None]:
    """Capture what native code writes to fds 1 and 2; re-emit all but known notices to stderr."""
    with _ONE_AT_A_TIME, _captured():
        yield


@contextlib.contextmanager
def _captured() -> Iterator[None]:
    sys.stdout.flush()
    sys.stderr.flush()
    saved_out, saved_err = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as sink:
        os.dup2(sink.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            with contextlib.redirect_stdout(sys.stderr):
                yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved_out, 1)
            os.dup2(saved_err, 2)
            os.close(saved_out)
            os.close(saved_err)
            sink.seek(0)
            text = sink.read().decode("utf-8", errors="replace")
            kept = [line for line in text.splitlines() if not _NOTICE.search(line)]
            if kept:
                print("\n".join(kept), file=sys.stderr, flush=True)
