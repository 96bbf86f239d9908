# atscan in a container; the entrypoint is atscan:
#   docker build -t atscan .
#   docker run --rm -v "$PWD:/src" -w /src atscan scan .
# Used by the GitHub Action (action.yml) and the `atscan-docker` pre-commit hook. The build stage makes
# the Debian package (CPack) and the runtime stage installs it, so apt pulls exactly the libraries it needs.
FROM debian:bookworm AS build
RUN apt-get update -q && apt-get install -y -q --no-install-recommends ca-certificates sudo git && rm -rf /var/lib/apt/lists/*
WORKDIR /atscan
COPY . .
RUN scripts/setup \
 && cmake --preset release -DATSCAN_WITH_BENCH=OFF \
 && cmake --build --preset release --target atscan-doors atscan-man \
 && cd build/release && cpack -G DEB

FROM debian:bookworm-slim
COPY --from=build /atscan/build/release/atscan_*.deb /tmp/
RUN apt-get update -q \
 && apt-get install -y -q --no-install-recommends /tmp/atscan_*.deb git \
 && rm -rf /var/lib/apt/lists/* /tmp/atscan_*.deb \
 && git config --system --add safe.directory '*'
WORKDIR /src
ENTRYPOINT ["atscan"]
CMD ["--help"]
