# wegweiser in a container, for a site repository's CI without a Rust toolchain:
#
#   docker build -t wegweiser .                              # in a clone of wegweiser
#   docker run --rm -v "$PWD:/site" wegweiser check          # in the site's folder
#   docker run --rm -v "$PWD:/site" wegweiser build
#   docker run --rm -p 1111:1111 -v "$PWD:/site" wegweiser serve --bind 0.0.0.0
#
# The first stage builds a static binary (musl); the final image holds only that binary.

FROM rust:1-alpine AS build
# musl-dev and make: the C parts (jemalloc, used by the search indexer) are built from source.
RUN apk add --no-cache musl-dev make
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src src
COPY themes themes
RUN cargo build --release --locked && strip target/release/wegweiser

FROM scratch
COPY --from=build /src/target/release/wegweiser /usr/local/bin/wegweiser
WORKDIR /site
ENTRYPOINT ["/usr/local/bin/wegweiser"]
CMD ["build"]
