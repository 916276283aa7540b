package dev.odgen.examples.library.app;

import dev.odgen.examples.library.dao.LibraryDaos;
import dev.odgen.examples.library.entity.Book;
import dev.odgen.examples.library.entity.BookPatch;
import dev.odgen.examples.library.entity.Loan;
import dev.odgen.examples.library.entity.LoanPatch;
import dev.odgen.examples.library.server.BookActions;
import dev.odgen.examples.library.server.LoanActions;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.ConflictException;
import dev.odgen.runtime.server.NotFoundException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The library's two actions over the generated DAOs: lending a book makes a loan and takes the book off the
 * shelf; giving it back closes the loan and puts the book back. Each runs in one transaction, so a refusal or a
 * failure leaves both rows as they were.
 */
public final class LibraryActions implements BookActions, LoanActions {

  private final LibraryDaos daos;

  public LibraryActions(LibraryDaos daos) {
    this.daos = daos;
  }

  @Override
  public Loan lend(LendInput input, ApiRequest request) {
    return daos.db().inTransaction(db -> {
      LibraryDaos tx = daos.over(db);
      Book book = tx.books().findById(input.bookId())
          .orElseThrow(() -> new NotFoundException("Book not found (bookId " + input.bookId() + ")"));
      if (!Boolean.TRUE.equals(book.available())) {
        throw new ConflictException("Book " + input.bookId() + " is not available: it is lent out");
      }
      if (!tx.members().exists(input.memberId())) {
        throw new BadRequestException("memberId: there is no Member with memberId " + input.memberId(),
            List.of("memberId"));
      }
      long loanId = tx.loans().insert(LoanPatch.builder()
          .bookId(input.bookId()).memberId(input.memberId()).dueOn(input.dueOn()).build());
      tx.books().update(input.bookId(), BookPatch.builder().available(false).build());
      return tx.loans().findById(loanId).orElseThrow();
    });
  }

  @Override
  public Loan giveBack(GiveBackInput input, ApiRequest request) {
    return daos.db().inTransaction(db -> {
      LibraryDaos tx = daos.over(db);
      Loan loan = tx.loans().findById(input.loanId())
          .orElseThrow(() -> new NotFoundException("Loan not found (loanId " + input.loanId() + ")"));
      if (loan.returnedAt() != null) {
        throw new ConflictException("Loan " + input.loanId() + " was already returned");
      }
      LocalDateTime when = input.returnedAt() != null ? input.returnedAt() : request.serverTime();
      // returnedAt is no body field of the loan's own operations: only this action sets it
      db.update("UPDATE `loan` SET `returnedAt` = ? WHERE `loanId` = ?", List.of(when, input.loanId()));
      tx.books().update(loan.bookId(), BookPatch.builder().available(true).build());
      return tx.loans().findById(input.loanId()).orElseThrow();
    });
  }
}
