#version 300 es
// Fragment shader of the ImGui renderer: texture (font atlas or image) times vertex colour.
precision mediump float;

uniform sampler2D u_texture;

in vec2 v_uv;
in vec4 v_colour;

out vec4 o_colour;

void main() {
  o_colour = v_colour * texture(u_texture, v_uv);
}
