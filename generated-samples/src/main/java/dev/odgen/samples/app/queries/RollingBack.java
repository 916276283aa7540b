package dev.odgen.samples.app.queries;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/** Wraps a connection so closing it rolls back first: nothing a query did outlives it. */
final class RollingBack {
  private final Connection target;

  RollingBack(Connection target) {
    this.target = target;
  }

  Connection connection() {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close") && method.getParameterCount() == 0) {
            try {
              if (!target.isClosed()) {
                target.rollback();
              }
            } catch (SQLException e) {
              // the connection is gone; closing it below is all there is left to do
            } finally {
              target.close();
            }
            return null;
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
