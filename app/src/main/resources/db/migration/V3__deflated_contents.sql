-- Audit store, version 3: contents kept deflated.
-- Never edit this file once released: Flyway checks its checksum on every open.
--
-- A content stored from now on (the compact inputs of an evaluation, a policy version's rule files and
-- catalogue) keeps its UTF-8 text DEFLATE-compressed (RFC 1951, as java.util.zip.Deflater writes it) in
-- `deflated`, and an empty `content`. Its key is still the SHA-256 of the text, checked on every read after
-- inflating, so a stored content proves itself as before. The compact inputs of the bundled data take about
-- a fifth of their text this way. Contents stored before keep their text in `content` and a NULL here.
ALTER TABLE content ADD COLUMN deflated BLOB;
