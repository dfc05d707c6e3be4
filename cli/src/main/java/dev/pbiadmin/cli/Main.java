package dev.pbiadmin.cli;

public final class Main {
  public static void main(String[] args) {}
}
