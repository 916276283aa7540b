/**
 * Files of the Open Dental server: the document store (Open Dental's A-to-Z images folder), transfers to and from
 * the caller's SFTP site (Apache MINA SSHD), fetching a document by URL with a size limit and a timeout, and
 * thumbnails made with {@code javax.imageio}.
 */
package dev.odgen.samples.app.files;
