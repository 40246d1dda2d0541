package com.catalysttracker;

public class CatalystApplication {
  public static void main(String[] args) {}
}
