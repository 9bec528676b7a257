"""The engine: activations, losses, the network, optimizers, the trainer and its steps, the
history and the bitwise state capture, the timeline of every state, settings, and the step
explained in numbers. Imports ``core.data`` (a problem to train on), never lessons or the app."""
