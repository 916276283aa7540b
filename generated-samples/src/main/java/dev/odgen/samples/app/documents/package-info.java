/**
 * The file actions of Documents, EobAttaches and Sheets: uploads into the document store, imports from and exports
 * to the caller's SFTP site, documents fetched by URL, thumbnails, and sheets rendered as PDF (Apache PDFBox).
 */
package dev.odgen.samples.app.documents;
