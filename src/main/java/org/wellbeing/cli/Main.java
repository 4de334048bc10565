package org.wellbeing.cli;

/** Entry point of the runnable jar; the commands are added as the engine grows. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("wellbeing-engine: commands not wired yet");
    }
}
