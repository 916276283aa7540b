package dev.odgen.samples.app;

/** Starts the generated Open Dental server (work in progress: configuration and demo data follow). */
public final class ServerMain {
  private ServerMain() {
  }

  public static void main(String[] args) {
    System.out.println("odgen Open Dental server: not wired yet");
  }
}
