"""The local worker: Beam's worker command swapped for ours, closed output streams let go."""

from apache_beam.coders import BytesCoder, WindowedValueCoder
from apache_beam.runners.common import NameContext
from apache_beam.runners.worker import bundle_processor, data_plane, statesampler
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.counters import CounterFactory
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.local_worker import release_output_streams_after_bundles, worker_command


def test_beams_worker_module_is_replaced_and_the_interpreter_kept():
    beam = "/opt/venv/bin/python -m apache_beam.runners.worker.sdk_worker_main"
    assert worker_command(beam) == "/opt/venv/bin/python -m pipeline.local_worker"


def test_other_commands_are_left_as_the_user_gave_them():
    for command in ("/opt/venv/bin/python -m my_company.worker", "docker run my-worker",
                    "python -m apache_beam.runners.worker.sdk_worker_main_v2"):
        assert worker_command(command) == command


def test_a_finished_output_operation_sends_its_data_and_lets_go_of_the_stream():
    release_output_streams_after_bundles()
    release_output_streams_after_bundles()  # idempotent: finish is wrapped once
    counters = CounterFactory()
    coder = WindowedValueCoder(BytesCoder())
    operation = bundle_processor.DataOutputOperation(
        NameContext("out"), None, {}, counters, statesampler.StateSampler("test", counters),
        coder, transform_id="out", data_channel_factory=None)
    sent: list[bytes] = []
    operation.set_output_stream(data_plane.ClosableOutputStream.create(
        close_callback=sent.append, flush_callback=sent.append, data_buffer_time_limit_ms=0))
    story = WindowedValue(b"LONDON (Reuters) - Copper rose.", 0, [GlobalWindow()])

    operation.start()
    operation.process(story)
    operation.finish()

    assert sent == [coder.get_impl().encode_nested(story)]
    assert operation.output_stream is None
    assert bundle_processor.DataOutputOperation.finish.releases_stream is True
